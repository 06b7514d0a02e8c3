import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench report --site B01 --runs 30`: the contact report's median time and its query plan.
struct BenchReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Time the contact report against the bare query.")
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
            rows = result.entries.count
            _ = Self.streamedBytes(result)
        }
        let built = try await db.contactReport(siteID: siteID, days: days, visitor: nil, now: now, actor: "cli:bench", format: "csv")
        let csv = try await Timing.median(runs) { _ = Self.streamedBytes(built) }
        Output.line("contact report, site \(site), \(days) days, \(rows) visits, median of \(runs) runs")
        Output.line(String(format: "  bare query (baseline): %.2f ms", baseline * 1_000))
        Output.line(String(format: "  report + CSV + audit:  %.2f ms (%.2fx baseline)", report * 1_000, report / baseline))
        Output.line(String(format: "  of which the CSV:      %.2f ms (%.2fx baseline)", csv * 1_000, csv / baseline))
        Output.line("query plan:")
        for line in try await db.contactReportPlan(siteID: siteID, days: days, now: now) { Output.line("  \(line)") }
    }

    /// The CSV's bytes as the report route streams them, counted.
    private static func streamedBytes(_ report: ContactReport) -> Int {
        report.csvChunks().reduce(0) { $0 + $1.count }
    }
}
