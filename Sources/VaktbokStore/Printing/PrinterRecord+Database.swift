import GRDB
import VaktbokCore

/// A PrinterRecord is a row of `printer`.
extension PrinterRecord: SnakeCaseRecord {
    public static let databaseTableName = "printer"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case siteId = "site_id", name }
}

/// A PrintJobRecord is a row of `print_job`.
extension PrintJobRecord: SnakeCaseRecord {
    public static let databaseTableName = "print_job"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case siteId = "site_id", status, nextAttemptAt = "next_attempt_at" }
}
