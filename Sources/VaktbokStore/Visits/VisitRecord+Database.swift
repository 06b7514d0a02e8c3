import GRDB
import VaktbokCore

/// A VisitRecord is a row of `visit`.
extension VisitRecord: SnakeCaseRecord {
    public static let databaseTableName = "visit"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression {
        case visitorName = "visitor_name", visitorPhone = "visitor_phone", siteId = "site_id", checkedOutAt = "checked_out_at", checkedInAt =
            "checked_in_at", badgeCode = "badge_code"
    }

    /// Decodes a row by column name, several times faster than the Codable path on large reports.
    public init(row: Row) throws {
        self.init(
            id: row["id"], siteId: row["site_id"], hostId: row["host_id"], visitorName: row["visitor_name"],
            visitorPhone: row["visitor_phone"], badgeCode: row["badge_code"], checkedInAt: row["checked_in_at"],
            checkedOutAt: row["checked_out_at"],
            checkoutKind: (row["checkout_kind"] as String?).flatMap(CheckoutKind.init(rawValue:)),
            checkedInBy: row["checked_in_by"], privacyNoticeVersion: row["privacy_notice_version"],
            hostReply: (row["host_reply"] as String?).flatMap(HostAnswer.init(rawValue:)), hostRepliedAt: row["host_replied_at"],
            hostRemindedAt: row["host_reminded_at"], visitorToldCount: row["visitor_told_count"] ?? 0)
    }
}
