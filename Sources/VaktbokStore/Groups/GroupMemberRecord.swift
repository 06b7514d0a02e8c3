import Foundation
import GRDB
import VaktbokCore

/// A pupil or teacher pre-registered with a group (row of `group_member`); goes with its visit or, if it never
/// arrived, when the group's day is over.
public struct GroupMemberRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "group_member"
    public var id: Int64?
    public var groupId: Int64
    public var name: String
    /// The name lower-cased: one person per name within a group.
    public var nameKey: String
    public var role: MemberRole
    public var email: String?
    /// The line of the list the member came from.
    public var line: Int
    /// The visit made when the member arrived.
    public var visitId: Int64?
    public var arrivedAt: Date?

    /// Column names for queries.
    public enum Columns {
        public static let groupId = Column("group_id")
        public static let line = Column("line")
    }
}
