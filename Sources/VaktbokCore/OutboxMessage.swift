import Foundation

/// A notification waiting in the outbox: where it goes, what it says, and how often it was tried.
public struct OutboxMessage: Sendable, Equatable {
    /// How a message travels.
    public enum Channel: String, Sendable, Codable {
        case sms, email, webhook
        /// A Slack or Teams incoming webhook: posted as is, unsigned (the URL is the secret).
        case chat
    }

    public let id: Int64
    public let channel: Channel
    /// E.164 phone, e-mail address or webhook URL.
    public let recipient: String
    /// E-mail subject; nil for other channels.
    public let subject: String?
    public let body: String
    /// Sent with every attempt, so that a gateway can drop a duplicate after a retry.
    public let idempotencyKey: String
    public let attempts: Int
    public let createdAt: Date
    /// The site's webhook secrets that sign a delivery now, current first (two during a rotation); empty for other channels.
    public let signingSecrets: [String]
    /// An e-mail's calendar file (`.ics` text), if it has one.
    public let calendar: String?

    /// A message with every field given.
    public init(
        id: Int64, channel: Channel, recipient: String, subject: String?, body: String, idempotencyKey: String,
        attempts: Int, createdAt: Date, signingSecrets: [String] = [], calendar: String? = nil
    ) {
        self.id = id
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.idempotencyKey = idempotencyKey
        self.attempts = attempts
        self.createdAt = createdAt
        self.signingSecrets = signingSecrets
        self.calendar = calendar
    }
}
