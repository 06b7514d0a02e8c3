import Foundation
import GRDB
import VaktbokCore

/// A GroupRecord is a row of `school_group`.
extension GroupRecord: SnakeCaseRecord {
    public static let databaseTableName = "school_group"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case siteId = "site_id", visitDate = "visit_date", schoolKey = "school_key" }
}
