import ArgumentParser
import Foundation
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench seed --visits 1000000 --sites 50 [--days 10]` on a new database.
struct BenchSeed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed", abstract: "Fill a new database with synthetic visits.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Visits in all.") var visits = 1_000_000
    @Option(help: "Sites to spread them over.") var sites = 50
    @Option(help: "Days back the visits are spread over.") var days = 10

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: database.path) else { throw CLIError("\(database.path) exists; seed a new file") }
        guard sites >= 1, sites <= 999, visits >= sites, days >= 1 else { throw CLIError("need 1-999 sites, at least one visit per site, days >= 1") }
        let clock = ContinuousClock()
        let started = clock.now
        let created = try await database.open().seedBenchmark(sites: sites, visits: visits, days: days, now: Date())
        Output.line(
            "seeded \(visits) visits over \(created.count) sites (\(created.first?.code ?? "")-\(created.last?.code ?? "")) in \(clock.now - started)"
        )
    }
}
