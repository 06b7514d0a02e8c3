import Foundation

/// A pupil or teacher pre-registered with a group (row of `group_member`); goes with its visit or, if it never
/// arrived, when the group's day is over.
public struct GroupMemberRecord: StoredRecord, Codable, Sendable, Equatable {
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

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, groupId: Int64, name: String, nameKey: String, role: MemberRole, email: String? = nil, line: Int, visitId: Int64? = nil,
        arrivedAt: Date? = nil
    ) {
        self.id = id
        self.groupId = groupId
        self.name = name
        self.nameKey = nameKey
        self.role = role
        self.email = email
        self.line = line
        self.visitId = visitId
        self.arrivedAt = arrivedAt
    }
}
