import GRDB
import VaktbokCore

/// A AuditRecord is a row of `audit_log`.
extension AuditRecord: SnakeCaseRecord {
    public static let databaseTableName = "audit_log"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case id, siteId = "site_id", action, at }
}
