import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import VaktbokStore
import VaktbokTooling

/// Hummingbird alone: one route answering "ok", on loopback in this process.
enum TrivialServer {
    /// `load` against `GET /` of a fresh trivial application, which is shut down afterwards.
    static func measure(_ load: LoadGenerator) async throws -> LoadGenerator.Result {
        let router = Router()
        router.get("/") { _, _ in "ok" }
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        var quiet = Logger(label: "trivial")
        quiet.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in listening.yield(channel.localAddress?.port ?? 0) }, logger: quiet
        )
        let running = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { running.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CLIError("the trivial server did not start") }
        return await load.run(expected: 200) { _, _ in HTTPClientRequest(url: "http://127.0.0.1:\(port)/") }
    }
}
