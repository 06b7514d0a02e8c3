import GRDB

extension AppDatabase {
    /// v14: badge printers per site, the kiosk terminals that print to them, the session's terminal, and the print
    /// queue, whose jobs name visits (rendered when sent) and go when the visits go.
    static func createPrinting(_ db: Database) throws {
        try db.create(table: "printer") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
            t.column("name", .text).notNull().collate(.nocase)
            t.column("target", .text).notNull()
            t.column("media", .text).notNull()
            t.column("dots_per_inch", .integer).notNull()
            t.column("created_at", .datetime).notNull()
            t.uniqueKey(["site_id", "name"])
        }
        try db.create(table: "kiosk_terminal") { t in
            t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
            t.column("name", .text).notNull()
            t.column("printer_id", .integer).notNull().indexed().references("printer", onDelete: .cascade)
            t.primaryKey(["site_id", "name"])
        }
        try db.alter(table: "staff_session") { t in t.add(column: "terminal", .text) }
        try db.create(table: "print_job") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().references("site", onDelete: .restrict)
            t.column("printer_id", .integer).indexed().references("printer", onDelete: .setNull)
            t.column("status", .text).notNull()
            t.column("waiting", .boolean).notNull().defaults(to: false)
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.column("next_attempt_at", .datetime).notNull()
            t.column("last_error", .text)
            t.column("printer_job_id", .integer)
            t.column("created_at", .datetime).notNull().indexed()
            t.column("finished_at", .datetime)
        }
        try db.create(index: "print_job_due", on: "print_job", columns: ["status", "next_attempt_at"])
        try db.create(table: "print_job_visit") { t in
            t.column("job_id", .integer).notNull().references("print_job", onDelete: .cascade)
            t.column("visit_id", .integer).notNull().indexed().references("visit", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.primaryKey(["job_id", "visit_id"])
        }
    }
}
