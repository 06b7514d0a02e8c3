import ArgumentParser
import Foundation
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench purge`: p99 check-in latency while `vaktbok purge` deletes a million expired visits, against
/// the p99 of the same load without a purge, and the purge's duration.
struct BenchPurge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "purge", abstract: "Kiosk latency during a large purge.")
    @Option(help: "Expired visits to seed and purge.") var visits = 1_000_000
    @Option(help: "Concurrent check-in clients (a few busy kiosks).") var clients = 4
    @Option(help: "Seconds of the baseline load.") var seconds = 10
    @Option(help: "The purge's --batch-budget-ms.") var batchBudgetMs = PurgeOptions.defaultBatchBudgetMilliseconds
    @Option(help: "The purge's --pause-ms.") var pauseMs = 2

    func run() async throws {
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("purge.sqlite").path
        let seeded = try await AppDatabase(path: path).seedBenchmark(
            sites: 10, visits: visits, days: 10, now: Date().addingTimeInterval(-40 * 86_400))
        Output.line("seeded \(visits) expired visits over \(seeded.count) sites")
        let server = try ServeProcess(database: path)
        defer { server.stop() }
        let session = try await BenchSession(server: server)
        let baseline = await LoadGenerator(clients: clients, duration: .seconds(seconds)).run(expected: 201, session.checkIn)

        let purge = Process()
        purge.executableURL = server.process.executableURL
        purge.arguments = ["purge", "--db", path, "--batch-budget-ms", "\(batchBudgetMs)", "--pause-ms", "\(pauseMs)"]
        purge.standardOutput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let started = clock.now
        try purge.run()
        var during: [LoadGenerator.Result] = []
        while purge.isRunning {
            during.append(await LoadGenerator(clients: clients, duration: .seconds(2)).run(expected: 201, session.checkIn))
        }
        let purgeSeconds = (clock.now - started) / .seconds(1)
        guard purge.terminationStatus == 0 else { throw CLIError("the purge exited \(purge.terminationStatus)") }
        let combined = LoadGenerator.Result(
            requests: during.map(\.requests).reduce(0, +), failures: during.map(\.failures).reduce(0, +),
            seconds: during.map(\.seconds).reduce(0, +), latencies: during.flatMap(\.latencies).sorted()
        )
        Output.line("check-ins, \(clients) clients; purge --batch-budget-ms \(batchBudgetMs) --pause-ms \(pauseMs):")
        Output.line("  without a purge (\(seconds) s):      \(baseline.summary)")
        Output.line("  during the purge (\(String(format: "%.0f", combined.seconds)) s):      \(combined.summary)")
        Output.line(
            String(
                format: "  p99 ratio during/without: %.2fx; purge of %d visits took %.1f s", combined.percentile(0.99) / baseline.percentile(0.99),
                visits, purgeSeconds))
    }
}
