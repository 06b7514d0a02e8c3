import GRDB
import VaktbokCore

/// A SubjectRequestRecord is a row of `subject_request`.
extension SubjectRequestRecord: SnakeCaseRecord {
    public static let databaseTableName = "subject_request"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case id, siteId = "site_id", closedAt = "closed_at", dueAt = "due_at" }
}
