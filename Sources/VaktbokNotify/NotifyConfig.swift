import Foundation
import VaktbokCore

/// How this installation sends notifications; `serve` fills it from environment variables, tests build it directly.
public struct NotifyConfig: Sendable {
    /// The SMS gateway, if any.
    public enum SMSGateway: Sendable, Equatable {
        case none
        case twilio(baseURL: String, accountSID: String, authToken: String)
        case json(url: String, token: String)
    }

    public var sms: SMSGateway = .none
    /// Sender name or number for SMS.
    public var smsFrom = "Vaktbok"
    /// The sendmail-compatible command, program first.
    public var sendmail = ["/usr/sbin/sendmail", "-t", "-i"]
    public var mailFrom = "vaktbok@localhost"
    public var pollInterval: Duration = .seconds(1)
    public var retry = RetryPolicy()

    /// The defaults: no SMS gateway, sendmail for e-mail.
    public init() {}

    /// A channel per message kind; SMS only when a gateway is configured.
    public func channels(now: @escaping @Sendable () -> Date) -> [OutboxMessage.Channel: any DeliveryChannel] {
        var channels: [OutboxMessage.Channel: any DeliveryChannel] = [
            .email: SendmailChannel(command: sendmail, from: mailFrom, now: now),
            .webhook: WebhookChannel(now: now),
            .chat: ChatWebhookChannel(),
        ]
        switch sms {
        case .none: break
        case let .twilio(baseURL, accountSID, authToken):
            channels[.sms] = TwilioSMSChannel(baseURL: baseURL, accountSID: accountSID, authToken: authToken, from: smsFrom)
        case let .json(url, token):
            channels[.sms] = JSONSMSChannel(url: url, token: token, from: smsFrom)
        }
        return channels
    }
}
