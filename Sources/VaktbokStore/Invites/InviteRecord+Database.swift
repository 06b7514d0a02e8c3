import Foundation
import GRDB
import VaktbokCore

/// An InviteRecord is a row of `invite`.
extension InviteRecord: SnakeCaseRecord {
    public static let databaseTableName = "invite"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression {
        case siteId = "site_id", visitDate = "visit_date", visitorPhone = "visitor_phone", visitorName = "visitor_name",
            visitorEmail = "visitor_email", hostId = "host_id", badgeCode = "badge_code", visitId = "visit_id", windowFrom = "window_from",
            cancelledAt = "cancelled_at", createdAt = "created_at"
    }

    /// Invites not cancelled: the only ones lists, scans, links and the walk-in check see.
    static let live = Columns.cancelledAt == nil
}

extension InviteDetails: FetchableRecord {
    /// Decodes a row of `baseSQL`.
    public init(row: Row) throws {
        self.init(
            invite: try InviteRecord(row: row), hostName: row["host_name"], siteCode: row["site_code"], siteName: row["site_name"],
            siteTimeZone: row["site_time_zone"])
    }

    /// The select that every invite query starts from; append a `WHERE` clause.
    static let baseSQL = """
        SELECT invite.*, host.name AS host_name, site.code AS site_code, site.name AS site_name, site.time_zone AS site_time_zone
        FROM invite JOIN host ON host.id = invite.host_id JOIN site ON site.id = invite.site_id
        """
}
