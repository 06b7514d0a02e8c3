import Foundation
import Testing
import VaktbokTestSupport

@testable import VaktbokCore

@Suite("vaktbok report contacts, run as the real binary")
struct ReportCLITests {
    @Test("CSV to standard output or a file, audited as the CLI user; bad options fail clearly")
    func contacts() async throws {
        let seeded = try await SeededDatabase()
        let now = Date()
        let index = try await seeded.checkIn("Terminal Indeks", "+47 41 55 66 77", at: now.addingTimeInterval(-7_200).ISO8601Format())
        _ = try await seeded.checkIn("Åse Samtidig-Ødegård", "+47 41 55 66 78", at: now.addingTimeInterval(-3_600).ISO8601Format())

        let csv = try seeded.cli.run(["report", "contacts", "--site", "OSL", "--days", "3"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try PythonCSV.parse(csv.stdout, delimiter: ";")
        #expect(rows.map { $0[1] } == ["name", "Terminal Indeks", "Åse Samtidig-Ødegård"])

        let out = seeded.cli.databasePath + ".contacts.json"
        let file = try seeded.cli.run([
            "report", "contacts", "--site", "osl", "--visitor", "id:\(index.visit.rowID)", "--format", "json", "--out", out,
        ])
        #expect(file.status == 0 && file.stderr.contains("wrote 1 visits"))
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(report.visits.map(\.overlapMinutes) == [60] && report.indexVisitIds == [index.visit.rowID])

        #expect(try seeded.cli.sql("SELECT count(*) FROM audit_log WHERE action = 'contact-report' AND actor LIKE 'cli:%'") == "2")
        #expect(!(try seeded.cli.sql("SELECT group_concat(details) FROM audit_log")).contains("4155667"))

        for (arguments, message) in [
            (["--days", "30"], "--days"), (["--format", "pdf"], "--format"), (["--visitor", "ingen"], "--visitor"),
            (["--separator", "tab"], "--separator"),
        ] {
            let result = try seeded.cli.run(["report", "contacts", "--site", "OSL"] + arguments)
            #expect(result.status != 0 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try seeded.cli.sql("SELECT count(*) FROM audit_log") == "2")
    }
}
