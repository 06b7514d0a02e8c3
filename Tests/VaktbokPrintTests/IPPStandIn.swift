import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization

@testable import VaktbokPrint

/// A real HTTP listener on loopback standing in for an IPP printer: it records each request (decoded, with the
/// document after it) and answers with the status and job state the test sets.
final class IPPStandIn: Sendable {
    struct Received: Sendable {
        let message: IPPMessage
        let document: [UInt8]
    }

    private let state = Mutex<(received: [Received], status: UInt16, jobState: Int?)>(([], 0, 3))
    /// Runs while each request is being answered, as something else happening meanwhile.
    private let during: @Sendable (IPPMessage) async throws -> Void

    /// A printer that accepts everything; `during` runs while each request is in flight.
    init(during: @escaping @Sendable (IPPMessage) async throws -> Void = { _ in }) {
        self.during = during
    }

    var received: [Received] { state.withLock { $0.received } }

    /// Answer later requests with IPP status `status` and, for Get-Job-Attributes, `jobState`.
    func answer(status: UInt16 = 0, jobState: Int? = 3) { state.withLock { ($0.status, $0.jobState) = (status, jobState) } }

    /// Runs `body` with the stand-in listening; `body` gets its printer URI.
    func run(_ body: @Sendable @escaping (String) async throws -> Void) async throws {
        let router = Router()
        router.post("**") { request, _ -> Response in
            let bytes = Array(buffer: try await request.body.collect(upTo: 1 << 24))
            let message = try IPPMessage(decoding: bytes)
            try await self.during(message)
            let document = Array(bytes.dropFirst(message.bytes.count))
            let answer = self.state.withLock { state -> IPPMessage in
                state.received.append(Received(message: message, document: document))
                var job: [IPPMessage.Attribute] = [.init(tag: IPPRequests.integerTag, name: "job-id", values: [IPPMessage.big(UInt32(77))])]
                if let jobState = state.jobState {
                    job.append(.init(tag: 0x23, name: "job-state", values: [IPPMessage.big(UInt32(jobState))]))
                }
                return IPPMessage(code: state.status, requestID: message.requestID, groups: [.init(tag: IPPMessage.jobGroup, attributes: job)])
            }
            return Response(status: .ok, headers: [.contentType: "application/ipp"], body: .init(byteBuffer: ByteBuffer(bytes: answer.bytes)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body("ipp://127.0.0.1:\(client.port!)/ipp/print") }
    }
}
