import ArgumentParser
import Foundation
import VaktbokStore

/// `vaktbok bench`: make large databases and measure against a baseline run in the same process.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks (results belong in BENCHMARKS.md).", subcommands: [Seed.self, Report.self, BenchCheckIn.self, BenchPurge.self, BenchBadges.self, BenchImport.self, BenchParsers.self]
    )

    /// `vaktbok bench seed --visits 1000000 --sites 50 [--days 10]` on a new database.
    struct Seed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fill a new database with synthetic visits.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Visits in all.") var visits = 1_000_000
        @Option(help: "Sites to spread them over.") var sites = 50
        @Option(help: "Days back the visits are spread over.") var days = 10

        func run() async throws {
            guard !FileManager.default.fileExists(atPath: database.path) else { throw CLIError("\(database.path) exists; seed a new file") }
            guard sites >= 1, sites <= 99, visits >= sites, days >= 1 else { throw CLIError("need 1-99 sites, at least one visit per site, days >= 1") }
            let clock = ContinuousClock()
            let started = clock.now
            let created = try await database.open().seedBenchmark(sites: sites, visits: visits, days: days, now: Date())
            Output.line("seeded \(visits) visits over \(created.count) sites (\(created.first?.code ?? "")-\(created.last?.code ?? "")) in \(clock.now - started)")
        }
    }

    /// `vaktbok bench report --site B01 --runs 30`: the contact report's median time and its query plan.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time the contact report against the bare query.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site = "B01"
        @Option(help: "Days in the window.") var days = 10
        @Option(help: "Timed runs of each.") var runs = 30

        func run() async throws {
            let db = try database.open()
            let siteID = try await db.site(code: .init(site)).rowID
            let now = Date()
            let baseline = try await Timing.median(runs) { _ = try await db.rawOverlappingRowCount(siteID: siteID, days: days, now: now) }
            var rows = 0
            let report = try await Timing.median(runs) {
                let result = try await db.contactReport(siteID: siteID, days: days, visitor: nil, now: now, actor: "cli:bench", format: "csv")
                _ = result.csv()
                rows = result.entries.count
            }
            Output.line("contact report, site \(site), \(days) days, \(rows) visits, median of \(runs) runs")
            Output.line(String(format: "  bare query (baseline): %.2f ms", baseline * 1_000))
            Output.line(String(format: "  report + CSV + audit:  %.2f ms (%.2fx baseline)", report * 1_000, report / baseline))
            Output.line("query plan:")
            for line in try await db.contactReportPlan(siteID: siteID, days: days, now: now) { Output.line("  \(line)") }
        }
    }
}

/// Median wall-clock seconds of repeated runs, after one warm-up run; and a scratch folder for benchmark databases.
enum Timing {
    /// A new empty folder under the temporary directory; the caller removes it.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vaktbok-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }


    /// The median of `runs` timed runs of `body`.
    static func median(_ runs: Int, _ body: () async throws -> Void) async throws -> Double {
        let clock = ContinuousClock()
        try await body()
        var samples: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = clock.now
            try await body()
            samples.append((clock.now - start) / .seconds(1))
        }
        return samples.sorted()[samples.count / 2]
    }
}
