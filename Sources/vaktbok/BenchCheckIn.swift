import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import VaktbokStore
import VaktbokTooling

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
        let median = Timing.median(of:)
        let checkIns = http.sorted { $0.perSecond < $1.perSecond }[runs / 2]
        let hello = trivial.sorted { $0.perSecond < $1.perSecond }[runs / 2]
        Output.line("check-in over HTTP, \(clients) clients, \(seconds) s x \(runs) runs (medians):")
        Output.line("  POST /api/v1/visits:            \(checkIns.summary)")
        Output.line(
            String(format: "  raw GRDB insert + commit:       %.0f/s (HTTP reaches %.2fx of it)", median(raw), checkIns.perSecond / median(raw)))
        Output.line(
            "  Hummingbird trivial GET route:  \(hello.summary) (check-in reaches \(String(format: "%.2f", checkIns.perSecond / hello.perSecond))x of it)"
        )
        Output.line(String(format: "  serve resident memory: idle %.1f MiB, under load %.1f MiB", idle, median(busy)))
    }
}
