import GRDB

extension AppDatabase {
    /// v10: check-in idempotency keys (hashed with the staff member; no personal data), kept for a day.
    static func recordIdempotencyKeys(_ db: Database) throws {
        try db.create(table: "idempotency_key") { t in
            t.primaryKey("key_hash", .text)
            t.column("request_hash", .text).notNull()
            t.column("visit_id", .integer).notNull().indexed().references("visit", onDelete: .cascade)
            t.column("created_at", .datetime).notNull().indexed()
        }
        try db.create(index: "visit_on_site_by_phone", on: "visit", columns: ["site_id", "visitor_phone", "checked_out_at"])
    }
}
