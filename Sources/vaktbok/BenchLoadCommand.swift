import AsyncHTTPClient
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import VaktbokStore

/// `vaktbok bench checkin`: check-ins per second over HTTP against `serve`, next to two baselines measured in
/// the same run: the same insert and commit straight through GRDB, and Hummingbird answering a trivial route.
struct BenchCheckIn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checkin", abstract: "Check-in throughput, latency and memory vs baselines.")
    @Option(help: "Concurrent HTTP clients.") var clients = 8
    @Option(help: "Seconds per measurement.") var seconds = 5
    @Option(help: "Repetitions; medians are reported.") var runs = 3

    func run() async throws {
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(database: folder.appendingPathComponent("serve.sqlite").path)
        defer { server.stop() }
        let idle = server.residentMiB
        let session = try await BenchSession(server: server)
        let load = LoadGenerator(clients: clients, duration: .seconds(seconds))
        var http: [LoadGenerator.Result] = [], trivial: [LoadGenerator.Result] = [], raw: [Double] = [], busy: [Double] = []
        let rawDatabase = try AppDatabase(path: folder.appendingPathComponent("raw.sqlite").path)
        let (siteID, hostID) = try await rawDatabase.benchSiteAndHost()
        for _ in 0..<runs {
            http.append(await load.run(expected: 201) { client, sequence in session.checkIn(client: client, sequence: sequence) })
            busy.append(server.residentMiB)
            trivial.append(try await TrivialServer.measure(load))
            raw.append(try await rawDatabase.benchRawInserts(siteID: siteID, hostID: hostID, duration: .seconds(seconds)))
        }
        let median = { (values: [Double]) in values.sorted()[values.count / 2] }
        let checkIns = http.sorted { $0.perSecond < $1.perSecond }[runs / 2]
        let hello = trivial.sorted { $0.perSecond < $1.perSecond }[runs / 2]
        Output.line("check-in over HTTP, \(clients) clients, \(seconds) s x \(runs) runs (medians):")
        Output.line("  POST /api/v1/visits:            \(checkIns.summary)")
        Output.line(String(format: "  raw GRDB insert + commit:       %.0f/s (HTTP reaches %.2fx of it)", median(raw), checkIns.perSecond / median(raw)))
        Output.line("  Hummingbird trivial GET route:  \(hello.summary) (check-in reaches \(String(format: "%.2f", checkIns.perSecond / hello.perSecond))x of it)")
        Output.line(String(format: "  serve resident memory: idle %.1f MiB, under load %.1f MiB", idle, median(busy)))
    }
}

/// A signed-in admin session on a `ServeProcess` and the check-in requests the load sends.
struct BenchSession: Sendable {
    let url: String
    let token: String
    let hostID: Int64

    /// Signs in as the demo admin and picks the demo site's first host.
    init(server: ServeProcess) async throws {
        url = server.url
        var login = HTTPClientRequest(url: url + "/api/v1/session")
        login.method = .POST
        login.headers.add(name: "Content-Type", value: "application/json")
        login.body = .bytes(ByteBuffer(string: #"{"username":"admin","password":"\#(server.adminPassword)"}"#))
        let answer = try await HTTPClient.shared.execute(login, timeout: .seconds(10)).body.collect(upTo: 1 << 16)
        let json = try JSONSerialization.jsonObject(with: Data(buffer: answer)) as? [String: Any]
        guard let token = json?["token"] as? String else { throw CLIError("cannot sign in to the benchmark server") }
        self.token = token
        var hosts = HTTPClientRequest(url: url + "/api/v1/hosts?site=OSL")
        hosts.headers.add(name: "Authorization", value: "Bearer \(token)")
        let list = try await HTTPClient.shared.execute(hosts, timeout: .seconds(10)).body.collect(upTo: 1 << 16)
        guard let first = (try JSONSerialization.jsonObject(with: Data(buffer: list)) as? [[String: Any]])?.first?["id"] as? Int else {
            throw CLIError("the benchmark server has no hosts")
        }
        hostID = Int64(first)
    }

    /// A check-in with an invented visitor unique to `client` and `sequence`.
    func checkIn(client: Int, sequence: Int) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url + "/api/v1/visits")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        let phone = String(format: "+479%02d%05d", client, sequence % 100_000)
        request.body = .bytes(ByteBuffer(string: #"{"name":"Last Ødegård-Åsen","phone":"\#(phone)","hostId":\#(hostID),"site":"OSL"}"#))
        return request
    }
}

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
