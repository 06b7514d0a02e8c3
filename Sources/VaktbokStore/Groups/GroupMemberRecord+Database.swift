import GRDB
import VaktbokCore

/// A GroupMemberRecord is a row of `group_member`.
extension GroupMemberRecord: SnakeCaseRecord {
    public static let databaseTableName = "group_member"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression { case name, nameKey = "name_key", groupId = "group_id", line }
}
