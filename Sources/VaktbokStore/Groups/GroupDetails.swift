import Foundation
import GRDB
import VaktbokCore

/// A group with its host's name and its members, each with the badge of their visit once they arrived.
public struct GroupDetails: Sendable, Equatable {
    /// A member and, once arrived, their visit's badge code.
    public struct Member: Sendable, Equatable {
        public let record: GroupMemberRecord
        public let badgeCode: String?
    }

    public let group: GroupRecord
    public let siteCode: String
    public let hostName: String
    /// Members in list order.
    public let members: [Member]

    /// How many members have arrived.
    public var arrivedCount: Int { members.filter { $0.record.visitId != nil }.count }

    /// The group `group` with its members, read in `db`.
    static func load(_ group: GroupRecord, in db: Database) throws -> GroupDetails {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT group_member.*, visit.badge_code FROM group_member LEFT JOIN visit ON visit.id = group_member.visit_id
                WHERE group_id = ? ORDER BY line
                """, arguments: [group.rowID])
        let names = try Row.fetchOne(
            db, sql: "SELECT site.code, host.name FROM site, host WHERE site.id = ? AND host.id = ?",
            arguments: [group.siteId, group.hostId])
        return GroupDetails(
            group: group, siteCode: names?["code"] ?? "", hostName: names?["name"] ?? "",
            members: try rows.map { Member(record: try GroupMemberRecord(row: $0), badgeCode: $0["badge_code"]) }
        )
    }
}
