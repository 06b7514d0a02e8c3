import Foundation
import GRDB

/// One audit-log entry (row of `audit_log`): who did what, where, with counts and ids only, never personal data.
public struct AuditRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "audit_log"
    public var id: Int64?
    public var at: Date
    /// `staff:<id>` or `cli:<os user>`.
    public var actor: String
    /// What was done, e.g. `contact-report`.
    public var action: String
    public var siteId: Int64?
    /// A JSON object of counts, ids and parameters.
    public var details: String

    /// `details` decoded; empty if it were ever not a JSON object.
    public var detailValues: [String: AuditValue] {
        (try? JSONDecoder().decode([String: AuditValue].self, from: Data(details.utf8))) ?? [:]
    }

    /// Column names for queries.
    public enum Columns {
        public static let id = Column("id")
        public static let siteId = Column("site_id")
    }
}
