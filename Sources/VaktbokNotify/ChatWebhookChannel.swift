import AsyncHTTPClient
import NIOCore
import VaktbokCore

/// Posts a Slack or Teams message to the channel's incoming-webhook URL as it is: those services sign nothing and
/// treat the URL itself as the secret.
public struct ChatWebhookChannel: DeliveryChannel {
    /// A channel with nothing to configure.
    public init() {}

    /// Posts the message; the answer is classified like an SMS gateway's.
    public func deliver(_ message: OutboxMessage) async -> DeliveryResult {
        var request = HTTPClientRequest(url: message.recipient)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: message.body))
        return await HTTPDelivery.send(request)
    }
}
