import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization

/// A real HTTP listener on loopback standing in for an SMS gateway or webhook receiver: it records every
/// request and answers with the status the test sets.
public final class GatewayStandIn: Sendable {
    /// One request as the gateway saw it.
    public struct Received: Sendable {
        public let path: String
        /// Header names in lower case.
        public let headers: [String: String]
        public let body: String
    }

    private let state = Mutex<(received: [Received], status: HTTPResponse.Status)>(([], .created))

    /// A stand-in answering 201 until told otherwise.
    public init() {}

    /// Every request so far.
    public var received: [Received] { state.withLock { $0.received } }

    /// Answer every later request with `status`.
    public func answer(with status: HTTPResponse.Status) { state.withLock { $0.status = status } }

    /// Runs `body` with the stand-in listening; `body` gets its base URL.
    public func run(_ body: @Sendable @escaping (String) async throws -> Void) async throws {
        let router = Router()
        router.post("**") { request, _ -> Response in
            let text = String(buffer: try await request.body.collect(upTo: 1 << 20))
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            return self.state.withLock { state in
                state.received.append(Received(path: request.uri.path, headers: headers, body: text))
                return Response(status: state.status)
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body("http://127.0.0.1:\(client.port!)") }
    }
}
