import ArgumentParser
import Foundation
import VaktbokBadge
import VaktbokCore
import VaktbokStore

/// `vaktbok bench badges`: QR PNGs and badge SVGs per second, against encoding the QR matrix alone.
struct BenchBadges: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "badges", abstract: "Badge rendering rate vs QR encoding alone.")
    @Option(help: "Renderings per timed run.") var count = 500
    @Option(help: "Timed runs; medians are reported.") var runs = 9

    func run() async throws {
        let codes = (0..<count).map { _ in BadgeCode.random().value }
        let badge = { (code: String) in
            Badge(visitorName: "Maria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer", hostName: "Kari Nordmann", siteName: "Oslo HQ", date: "2026-11-22", code: code)
        }
        let matrix = try await Timing.median(runs) { for code in codes { _ = try QRMatrix(encoding: code) } }
        let png = try await Timing.median(runs) { for code in codes { _ = QRImage(matrix: try QRMatrix(encoding: code)).png() } }
        let svg = try await Timing.median(runs) { for code in codes { _ = try badge(code).svg() } }
        let sheet = try await Timing.median(runs) { _ = try BadgeSheet.html(codes.prefix(30).map(badge), title: "Bench") }
        Output.line("badge rendering, \(count) per run, median of \(runs) runs:")
        Output.line(String(format: "  QR matrix only (baseline): %.0f/s", Double(count) / matrix))
        Output.line(String(format: "  QR PNG (8 px modules):     %.0f/s (%.2fx the baseline's time)", Double(count) / png, png / matrix))
        Output.line(String(format: "  badge SVG:                 %.0f/s (%.2fx the baseline's time)", Double(count) / svg, svg / matrix))
        Output.line(String(format: "  A4 sheet of 30 badges:     %.1f ms", sheet * 1_000))
    }
}

/// `vaktbok bench import`: a school's list of 1,000 names imported end to end, against inserting the same rows bare.
struct BenchImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Group import of a 1,000-name list vs bare inserts.")
    @Option(help: "Names in the list.") var names = 1_000
    @Option(help: "Timed runs; medians are reported.") var runs = 9

    func run() async throws {
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try AppDatabase(path: folder.appendingPathComponent("import.sqlite").path)
        let (siteID, hostID) = try await db.benchSiteAndHost()
        let letters = { (n: Int) in String(String(n).map { Character(UnicodeScalar(UInt8(97) + UInt8(String($0))!)) }) }
        let csv = "Navn;Rolle;E-post\r\n" + (0..<names).map { "Elev Ødegård-Åsen \(letters($0));elev;elev\($0)@skole.example.no" }.joined(separator: "\r\n")
        let bytes = Array(csv.data(using: .windowsCP1252) ?? Data(csv.utf8))
        let date = try CalendarDate(LocalDay(timeZone: .gmt).isoDate(of: Date().addingTimeInterval(7 * 86_400)))
        var school = 0
        let full = try await Timing.median(runs) {
            school += 1
            _ = try await db.importGroup(GroupImport(
                siteID: siteID, date: date, school: SchoolName("Bench vgs \(letters(school))"), hostID: hostID, contactPhone: nil,
                list: NameList(bytes: bytes), dryRun: false, actor: "bench"
            ), now: Date())
        }
        let bare = try await Timing.median(runs) { try await db.benchRawMembers(names: names) }
        Output.line("group import of \(names) names (Windows-1252 ; CSV), median of \(runs) runs:")
        Output.line(String(format: "  bare inserts, one transaction (baseline): %.1f ms", bare * 1_000))
        Output.line(String(format: "  decode + parse + validate + import + audit: %.1f ms (%.2fx)", full * 1_000, full / bare))
    }
}
