import GRDB
import VaktbokCore

extension AppDatabase {
    /// v6: school groups with their members, apprenticeship consents, and outbox messages tied to a consent.
    static func createGroupsAndConsents(_ db: Database) throws {
        try db.create(table: "school_group") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
            t.column("host_id", .integer).notNull().indexed().references("host", onDelete: .restrict)
            t.column("visit_date", .text).notNull()
            t.column("day_ends_at", .datetime).notNull().indexed()
            t.column("school", .text).notNull()
            t.column("school_key", .text).notNull()
            t.column("contact_phone", .text)
            t.column("created_at", .datetime).notNull()
            t.uniqueKey(["site_id", "visit_date", "school_key"])
        }
        try db.create(table: "group_member") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("group_id", .integer).notNull().references("school_group", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("name_key", .text).notNull()
            t.column("role", .text).notNull()
            t.column("email", .text)
            t.column("line", .integer).notNull()
            t.column("visit_id", .integer).unique().references("visit", onDelete: .cascade)
            t.column("arrived_at", .datetime)
            t.uniqueKey(["group_id", "name_key"])
        }
        try db.create(table: "consent") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().indexed().references("site", onDelete: .restrict)
            t.column("name", .text).notNull()
            t.column("email", .text).notNull()
            t.column("email_key", .text).notNull().unique()
            t.column("school", .text).notNull()
            t.column("consented_by", .text).notNull()
            t.column("text_version", .text).notNull()
            t.column("consented_at", .datetime).notNull()
            t.column("expires_at", .datetime).notNull().indexed()
            t.column("withdraw_token", .text).notNull().unique()
            t.column("mails_sent", .integer).notNull().defaults(to: 0)
        }
        try db.alter(table: "outbox_message") { t in
            t.add(column: "consent_id", .integer).references("consent", onDelete: .cascade)
        }
        try db.create(index: "outbox_by_consent", on: "outbox_message", columns: ["consent_id"])
    }
}
