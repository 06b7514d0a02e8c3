import Foundation
import GRDB
import VaktbokCore

/// One office location (row of `site`).
public struct SiteRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "site"
    public var id: Int64?
    public var code: String
    public var name: String
    public var timeZone: String
    public var createdAt: Date
    /// Whole local days a visit is kept after its check-out day.
    public var visitRetentionDays: Int
    /// `nb` or `en`: the language of the site's notifications.
    public var language: String
    /// Linked from the visitor's SMS when set.
    public var privacyNoticeUrl: String?
    /// Receives a signed `visit.checked_in` event when set.
    public var webhookUrl: String?
    /// The HMAC-SHA256 key for the webhook signature.
    public var webhookSecret: String?
    /// Whether the webhook payload carries the visitor's name and phone.
    public var webhookPersonalData: Bool

    /// The site's time zone (UTC if the stored name were ever unknown).
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? .gmt }

    /// The site's retention rules.
    public var retention: RetentionPolicy {
        (try? RetentionPolicy(visitDays: visitRetentionDays)) ?? .standard
    }

    /// Column names for queries.
    public enum Columns {
        public static let code = Column("code")
    }
}
extension SiteRecord: Redacted {}
