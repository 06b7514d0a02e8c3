import Foundation
import Hummingbird

/// The address a request came from, as the login throttle counts it: the peer's IP address, or, when the peer is
/// a trusted reverse proxy, the nearest address in `X-Forwarded-For` that is not itself a trusted proxy.
enum ClientAddress {
    /// The client's address for `request`; "unknown" when the connection has none (e.g. a test channel).
    static func of(_ request: Request, context: AppRequestContext, trustedProxies: Set<String>) -> String {
        guard let peer = context.remoteAddress?.ipAddress else { return "unknown" }
        guard trustedProxies.contains(peer) else { return peer }
        let hops = request.headers[values: forwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.reversed().first { !trustedProxies.contains($0) }.map { String($0.prefix(64)) } ?? peer
    }

    private static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!
}
