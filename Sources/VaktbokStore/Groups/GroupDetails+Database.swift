import GRDB
import VaktbokCore

extension GroupDetails {
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
            members: try rows.map { GroupDetails.Member(record: try GroupMemberRecord(row: $0), badgeCode: $0["badge_code"]) }
        )
    }
}
