/// A group with its host's name and its members, each with the badge of their visit once they arrived.
public struct GroupDetails: Sendable, Equatable {
    /// A member and, once arrived, their visit's badge code.
    public struct Member: Sendable, Equatable {
        public let record: GroupMemberRecord
        public let badgeCode: String?

        /// Creates the value from its parts.
        public init(record: GroupMemberRecord, badgeCode: String? = nil) {
            self.record = record
            self.badgeCode = badgeCode
        }
    }

    public let group: GroupRecord
    public let siteCode: String
    public let hostName: String
    /// Members in list order.
    public let members: [Member]

    /// How many members have arrived.
    public var arrivedCount: Int { members.filter { $0.record.visitId != nil }.count }

    /// Creates the value from its parts.
    public init(group: GroupRecord, siteCode: String, hostName: String, members: [Member]) {
        self.group = group
        self.siteCode = siteCode
        self.hostName = hostName
        self.members = members
    }
}
