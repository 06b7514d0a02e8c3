import GRDB
import VaktbokCore

/// A HostRecord is a row of `host`.
extension HostRecord: SnakeCaseRecord {
    public static let databaseTableName = "host"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case id, siteId = "site_id", active, name, employeeNumber = "employee_number" }
}
