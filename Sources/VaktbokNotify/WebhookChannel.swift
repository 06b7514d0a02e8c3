import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import VaktbokCore

/// Posts a site's webhook event, signed: `X-Vaktbok-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
public struct WebhookChannel: DeliveryChannel {
    let now: @Sendable () -> Date

    /// A channel that stamps signatures with `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// Posts the event with its signature; the answer is classified like an SMS gateway's.
    public func deliver(_ message: OutboxMessage) async -> DeliveryResult {
        guard let secret = message.signingSecret else { return .permanent("no webhook secret") }
        var request = HTTPClientRequest(url: message.recipient)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: message.idempotencyKey)
        request.headers.add(name: "X-Vaktbok-Signature", value: Self.signature(body: message.body, secret: secret, at: now()))
        request.body = .bytes(ByteBuffer(string: message.body))
        return await HTTPDelivery.send(request)
    }

    /// The signature header value for `body` signed with `secret` at `at`.
    public static func signature(body: String, secret: String, at: Date) -> String {
        let timestamp = Int(at.timeIntervalSince1970)
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "t=\(timestamp),v1=" + mac.map { String(format: "%02x", $0) }.joined()
    }
}
