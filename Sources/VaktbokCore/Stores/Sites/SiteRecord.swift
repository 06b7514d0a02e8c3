import Foundation

/// One office location (row of `site`).
public struct SiteRecord: StoredRecord, Codable, Sendable, Equatable {
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
    /// Receives the site's events (`WebhookEvent`) when set.
    public var webhookUrl: String?
    /// The signing key (`WebhookSecret` text) for standard-format events.
    public var webhookSecret: String?
    /// A `WebhookFormat`: `standard`, `slack` or `teams`.
    public var webhookFormat: String
    /// The secret a rotation replaced; it signs too until `webhookPreviousSecretUntil`.
    public var webhookPreviousSecret: String?
    public var webhookPreviousSecretUntil: Date?
    /// The `ClosingTime` in minutes after local midnight; nil: visits close at the end of their day.
    public var closingMinutes: Int?
    /// When the closing time was set: a closing instant before it does not apply.
    public var closingSetAt: Date?
    /// Hours after check-in when the host is asked whether the visitor is still there; nil: never.
    public var reminderHours: Int?
    /// Whether the webhook payload carries the visitor's name and phone.
    public var webhookPersonalData: Bool

    /// The site's time zone (UTC if the stored name were ever unknown).
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? .gmt }

    /// The site's retention rules.
    public var retention: RetentionPolicy {
        (try? RetentionPolicy(visitDays: visitRetentionDays)) ?? .standard
    }

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, code: String, name: String, timeZone: String, createdAt: Date, visitRetentionDays: Int, language: String,
        privacyNoticeUrl: String? = nil, webhookUrl: String? = nil, webhookSecret: String? = nil, webhookPersonalData: Bool,
        webhookFormat: WebhookFormat = .standard
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.timeZone = timeZone
        self.createdAt = createdAt
        self.visitRetentionDays = visitRetentionDays
        self.language = language
        self.privacyNoticeUrl = privacyNoticeUrl
        self.webhookUrl = webhookUrl
        self.webhookSecret = webhookSecret
        self.webhookPersonalData = webhookPersonalData
        self.webhookFormat = webhookFormat.rawValue
    }
}
extension SiteRecord: Redacted {}
