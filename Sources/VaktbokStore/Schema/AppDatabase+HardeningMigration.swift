import GRDB
import VaktbokCore

extension AppDatabase {
    /// v8: failed sign-ins counted per client as well as per username; requests scoped to a site; which
    /// identifiers a request's verification covers.
    static func hardenBoundaries(_ db: Database) throws {
        try db.alter(table: "login_failure") { t in t.add(column: "client_hash", .text).notNull().defaults(to: "") }
        try db.create(index: "login_failure_client", on: "login_failure", columns: ["client_hash", "failed_at"])
        try db.alter(table: "subject_request") { t in
            t.add(column: "site_id", .integer).references("site", onDelete: .restrict)
            t.add(column: "verified_identifiers", .text)
        }
        try db.execute(
            sql: """
                UPDATE subject_request SET verified_identifiers = CASE
                    WHEN verification_method = 'sms-code' THEN 'phone'
                    ELSE trim(iif(subject_phone IS NULL, '', 'phone ') || iif(subject_email IS NULL, '', 'email ') || iif(subject_name IS NULL, '', 'name'))
                END WHERE verified_at IS NOT NULL
                """)
    }
}
