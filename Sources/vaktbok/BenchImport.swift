import ArgumentParser
import Foundation
import VaktbokBadge
import VaktbokCore
import VaktbokStore
import VaktbokTooling

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
        let csv =
            "Navn;Rolle;E-post\r\n" + (0..<names).map { "Elev Ødegård-Åsen \(letters($0));elev;elev\($0)@skole.example.no" }.joined(separator: "\r\n")
        let bytes = Array(csv.data(using: .windowsCP1252) ?? Data(csv.utf8))
        let date = try CalendarDate(LocalDay(timeZone: .gmt).isoDate(of: Date().addingTimeInterval(7 * 86_400)))
        var school = 0
        let full = try await Timing.median(runs) {
            school += 1
            _ = try await db.importGroup(
                GroupImport(
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
