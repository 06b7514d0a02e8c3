import GRDB
import VaktbokCore

/// A SiteRecord is a row of `site`.
extension SiteRecord: SnakeCaseRecord {
    public static let databaseTableName = "site"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case code }
}
