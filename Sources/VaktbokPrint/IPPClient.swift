import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// Sends IPP requests over HTTP (`application/ipp`) to a printer or CUPS and reads the answer: redirects are not
/// followed (a document with visitors' names goes to the configured printer or nowhere), the answer may be at most
/// 64 KiB, and one deadline covers the whole exchange, the answer's body included.
public struct IPPClient: Sendable {
    /// How long one request may take, answer included; also how long an unreachable printer is waited for, since
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

    /// One HTTP client for every printer, never following a redirect.
    private static let http = HTTPClient(
        eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5)))
    )

    /// Posts `message` (and `document`, if any) to `url` and decodes the answer.
    func send(_ message: IPPMessage, document: [UInt8] = [], to url: String) async -> Outcome {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/ipp")
        request.body = .bytes(ByteBuffer(bytes: message.bytes + document))
        let (timeout, prepared) = (timeout, request)
        do {
            return try await withThrowingTaskGroup(of: Outcome?.self) { group in
                group.addTask {
                    let response = try await Self.http.execute(prepared, timeout: timeout)
                    guard response.status == .ok else { return .unreachable("the printer answered HTTP \(response.status.code)") }
                    let body = try await response.body.collect(upTo: 64 * 1024)
                    return .answer(try IPPMessage(decoding: Array(buffer: body)))
                }
                group.addTask {
                    try await Task.sleep(for: .nanoseconds(timeout.nanoseconds))
                    return nil
                }
                defer { group.cancelAll() }
                return try await group.next().flatMap { $0 } ?? .unreachable("the printer cannot be reached")
            }
        } catch is IPPError {
            return .unreachable("the printer's answer could not be read")
        } catch {
            return .unreachable("the printer cannot be reached")
        }
    }
}
