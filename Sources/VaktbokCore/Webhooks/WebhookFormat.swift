/// What a site's webhook URL expects: signed Standard Webhooks events, or a chat channel's incoming-webhook message.
public enum WebhookFormat: String, Sendable, Codable, CaseIterable {
    /// JSON events signed per the Standard Webhooks specification (and the older `X-Vaktbok-Signature`).
    case standard
    /// A Slack incoming webhook: `{"text": …}`.
    case slack
    /// A Microsoft Teams incoming webhook (Workflows): a message with one Adaptive Card.
    case teams
}
