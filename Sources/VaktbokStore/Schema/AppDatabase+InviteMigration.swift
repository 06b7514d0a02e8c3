import GRDB

extension AppDatabase {
    /// v13: invites of expected visitors (deleted when their day is over, or once cancelled and told), and outbox
    /// messages tied to an invite or carrying a calendar file.
    static func createInvites(_ db: Database) throws {
        try db.create(table: "invite") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
            t.column("host_id", .integer).notNull().indexed().references("host", onDelete: .restrict)
            t.column("visitor_name", .text).notNull()
            t.column("visitor_phone", .text).notNull()
            t.column("visitor_email", .text)
            t.column("visit_date", .text).notNull()
            t.column("window_from", .integer)
            t.column("window_until", .integer)
            t.column("day_ends_at", .datetime).notNull().indexed()
            t.column("badge_code", .text).notNull().unique()
            t.column("sequence", .integer).notNull().defaults(to: 0)
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .integer).references("staff", onDelete: .setNull)
            t.column("visit_id", .integer).indexed().references("visit", onDelete: .setNull)
            t.column("arrived_at", .datetime)
            t.column("cancelled_at", .datetime)
        }
        try db.create(index: "invite_by_day", on: "invite", columns: ["site_id", "visit_date", "visitor_phone"])
        try db.create(index: "invite_by_creation", on: "invite", columns: ["site_id", "created_at"])
        try db.alter(table: "outbox_message") { t in
            t.add(column: "invite_id", .integer).indexed().references("invite", onDelete: .cascade)
            t.add(column: "calendar", .text)
        }
    }
}
