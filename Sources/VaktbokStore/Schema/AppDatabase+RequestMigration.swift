import GRDB
import VaktbokCore

extension AppDatabase {
    /// v7: the data-subject request register, its one-time codes, holds tied to a request, code SMS in the outbox.
    static func createSubjectRequests(_ db: Database) throws {
        try db.create(table: "subject_request") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("type", .text).notNull()
            t.column("subject_phone", .text)
            t.column("subject_email", .text)
            t.column("subject_name", .text)
            t.column("received_at", .datetime).notNull()
            t.column("due_at", .datetime).notNull().indexed()
            t.column("created_at", .datetime).notNull()
            t.column("verified_at", .datetime)
            t.column("verification_method", .text)
            t.column("code_hash", .text)
            t.column("code_expires_at", .datetime)
            t.column("code_attempts", .integer).notNull().defaults(to: 0)
            t.column("closed_at", .datetime).indexed()
            t.column("outcome", .text)
        }
        try db.alter(table: "hold") { t in
            t.add(column: "request_id", .integer).references("subject_request", onDelete: .setNull)
        }
        try db.alter(table: "outbox_message") { t in
            t.add(column: "request_id", .integer).references("subject_request", onDelete: .cascade)
        }
    }
}
