import AsyncHTTPClient
import Foundation
import NIOCore

/// Sends IPP requests over HTTP (`application/ipp`) to a printer or CUPS and reads the answer.
public struct IPPClient: Sendable {
    /// How long one request may take, document included; also how long an unreachable printer is waited for, since
    /// the HTTP client keeps trying to connect until then.
    public var timeout: TimeAmount = .seconds(8)

    /// A client with the default timeout.
    public init() {}

    /// What became of a request: the printer's answer, or why it never came.
    enum Outcome {
        case answer(IPPMessage)
        /// Connection refused, timed out, or an HTTP error: worth trying again.
        case unreachable(String)
    }

    /// Posts `message` (and `document`, if any) to `url` and decodes the answer.
    func send(_ message: IPPMessage, document: [UInt8] = [], to url: String) async -> Outcome {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/ipp")
        request.body = .bytes(ByteBuffer(bytes: message.bytes + document))
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: timeout)
            guard response.status == .ok else { return .unreachable("the printer answered HTTP \(response.status.code)") }
            let body = try await response.body.collect(upTo: 1 << 20)
            return .answer(try IPPMessage(decoding: Array(buffer: body)))
        } catch is IPPError {
            return .unreachable("the printer's answer could not be read")
        } catch {
            return .unreachable("the printer cannot be reached")
        }
    }
}
