import Foundation

/// What an admin changes about a site in one go; nil leaves a setting as it is, an empty URL clears it.
public struct SiteSettingsChange: Sendable {
    public var name: String?
    public var retention: RetentionPolicy?
    public var language: NotificationLanguage?
    public var privacyURL: String?
    public var webhookURL: String?
    /// The new signing secret (write-only: never read back through the API).
    public var webhookSecret: WebhookSecret?
    public var webhookPersonalData: Bool?
    public var webhookFormat: WebhookFormat?
    /// A new signing secret that replaces the current one while the current one keeps signing for
    /// `WebhookSecret.rotationOverlap`; a site without a secret has nothing to rotate (`conflict`).
    public var rotatedWebhookSecret: WebhookSecret?

    /// Creates the value from its parts.
    public init(
        name: String? = nil, retention: RetentionPolicy? = nil, language: NotificationLanguage? = nil, privacyURL: String? = nil,
        webhookURL: String? = nil, webhookSecret: WebhookSecret? = nil, webhookPersonalData: Bool? = nil, webhookFormat: WebhookFormat? = nil,
        rotatedWebhookSecret: WebhookSecret? = nil
    ) {
        self.rotatedWebhookSecret = rotatedWebhookSecret
        (self.name, self.retention, self.language, self.privacyURL) = (name, retention, language, privacyURL)
        (self.webhookURL, self.webhookSecret, self.webhookPersonalData, self.webhookFormat) = (
            webhookURL, webhookSecret, webhookPersonalData, webhookFormat
        )
    }
}
