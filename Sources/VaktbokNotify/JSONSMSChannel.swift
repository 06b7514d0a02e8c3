import AsyncHTTPClient
import Foundation
import NIOCore
import VaktbokCore

/// SMS through a generic JSON gateway: POST `{"to","from","body","id"}` with a bearer token.
public struct JSONSMSChannel: DeliveryChannel {
    let url: String
    let token: String
    let from: String

    /// A channel posting to `url` with `token`, sending as `from`.
    public init(url: String, token: String, from: String) {
        self.url = url
        self.token = token
        self.from = from
    }

    /// One JSON POST; the answer decides sent, retry or permanent.
    public func deliver(_ message: OutboxMessage) async -> DeliveryResult {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: message.idempotencyKey)
        let body = ["to": message.recipient, "from": from, "body": message.body, "id": message.idempotencyKey]
        guard let data = try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]) else { return .permanent("unencodable") }
        request.body = .bytes(ByteBuffer(bytes: Array(data)))
        return await HTTPDelivery.send(request)
    }
}
