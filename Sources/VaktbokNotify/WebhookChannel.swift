import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import VaktbokCore

/// Posts a site's webhook event signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
/// `webhook-signature: v1,<base64>`, one signature per valid secret), and with the deprecated
/// `X-Vaktbok-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` under the current secret.
public struct WebhookChannel: DeliveryChannel {
    let now: @Sendable () -> Date

    /// A channel that stamps signatures with `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// Posts the event with its signatures; the answer is classified like an SMS gateway's.
    public func deliver(_ message: OutboxMessage) async -> DeliveryResult {
        let secrets = message.signingSecrets.filter { !$0.isEmpty }.map(WebhookSecret.init(stored:))
        guard let current = secrets.first else { return .permanent("no webhook secret") }
        let at = now()
        var request = HTTPClientRequest(url: message.recipient)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: message.idempotencyKey)
        request.headers.add(name: "webhook-id", value: message.idempotencyKey)
        request.headers.add(name: "webhook-timestamp", value: String(Int(at.timeIntervalSince1970)))
        request.headers.add(
            name: "webhook-signature",
            value: secrets.map { Self.standardSignature(id: message.idempotencyKey, body: message.body, secret: $0, at: at) }
                .joined(separator: " ")
        )
        request.headers.add(name: "X-Vaktbok-Signature", value: Self.signature(body: message.body, secret: current, at: at))
        request.body = .bytes(ByteBuffer(string: message.body))
        return await HTTPDelivery.send(request)
    }

    /// The Standard Webhooks signature `v1,<base64 HMAC-SHA256 of "<id>.<unix seconds>.<body>">`.
    public static func standardSignature(id: String, body: String, secret: WebhookSecret, at: Date) -> String {
        let signed = "\(id).\(Int(at.timeIntervalSince1970)).\(body)"
        return "v1," + Data(HMAC<SHA256>.authenticationCode(for: Data(signed.utf8), using: SymmetricKey(data: secret.key))).base64EncodedString()
    }

    /// The deprecated `X-Vaktbok-Signature` value for `body` signed with `secret` at `at`.
    public static func signature(body: String, secret: WebhookSecret, at: Date) -> String {
        let timestamp = Int(at.timeIntervalSince1970)
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(timestamp).\(body)".utf8), using: SymmetricKey(data: secret.key))
        return "t=\(timestamp),v1=" + mac.map { String(format: "%02x", $0) }.joined()
    }
}
