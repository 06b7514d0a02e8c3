import GRDB
import VaktbokCore

/// A StaffRecord is a row of `staff`.
extension StaffRecord: SnakeCaseRecord {
    public static let databaseTableName = "staff"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case username, role, siteId = "site_id" }
}
