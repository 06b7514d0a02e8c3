import Foundation
import Testing
import VaktbokTestSupport

@testable import VaktbokCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Contact tracing: overlaps and report formats")
struct ContactReportTests {
    func utc(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test("overlap minutes against one or several index stays; open stays last until now; the index itself is left out")
    func overlaps() {
        let now = utc("2026-11-21T15:00:00Z")
        let index = [
            ContactTracing.Stay(id: 1, start: utc("2026-11-21T10:00:00Z"), end: utc("2026-11-21T12:00:00Z")),
            ContactTracing.Stay(id: 2, start: utc("2026-11-21T14:00:00Z"), end: nil),
        ]
        let others =
            index + [
                ContactTracing.Stay(id: 10, start: utc("2026-11-21T11:00:00Z"), end: utc("2026-11-21T13:00:00Z")),
                ContactTracing.Stay(id: 11, start: utc("2026-11-21T12:00:00Z"), end: utc("2026-11-21T13:59:59Z")),
                ContactTracing.Stay(id: 12, start: utc("2026-11-21T09:00:00Z"), end: nil),
                ContactTracing.Stay(id: 13, start: utc("2026-11-21T11:59:30Z"), end: utc("2026-11-21T12:30:00Z")),
            ]
        #expect(ContactTracing.overlapMinutes(index: index, others: others, now: now) == [10: 60, 12: 180, 13: 1])
    }

    var report: ContactReport {
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        return ContactReport(
            site: "OSL", siteName: "Oslo HQ", timeZone: oslo, days: 10, windowStart: utc("2026-11-11T23:00:00Z"),
            generatedAt: utc("2026-11-22T09:00:00Z"), indexVisitIds: nil,
            entries: [
                .init(
                    visitId: 1, name: "=HYPERLINK(\"http://x\")", phone: "+4791234567", host: "Kari Nordmann",
                    checkedInAt: utc("2026-11-21T07:30:00Z"), checkedOutAt: utc("2026-11-21T09:00:00Z"), checkoutKind: "badge",
                    group: nil, overlapMinutes: nil),
                .init(
                    visitId: 2, name: "Åse; \"Ødegård\"", phone: "+46701234567", host: "Per Ærø",
                    checkedInAt: utc("2026-07-01T08:00:00Z"), checkedOutAt: nil, checkoutKind: nil, group: "Hartvig Nissen vgs",
                    overlapMinutes: nil),
            ]
        )
    }

    @Test("CSV parses back with Python's csv module: BOM, separator, quoting, formulas neutralised, local times")
    func csvParsesBack() throws {
        for (separator, name) in [(";", "semicolon"), (",", "comma")] {
            let rows = try PythonCSV.parse(report.csv(separator: Character(separator)), delimiter: separator)
            #expect(rows.count == 3, "\(name)")
            #expect(rows[0] == ["visitId", "name", "phone", "host", "checkedIn", "checkedOut", "status", "group"])
            #expect(rows[1][1] == "'=HYPERLINK(\"http://x\")")
            #expect(rows[1][2] == "'+4791234567")
            #expect(rows[1][4] == "2026-11-21T08:30:00+01:00" && rows[1][6] == "checked out")
            #expect(rows[2][1] == "Åse; \"Ødegård\"" && rows[2][6] == "still on site" && rows[2][7] == "Hartvig Nissen vgs")
            #expect(rows[2][4] == "2026-07-01T10:00:00+02:00")
        }
    }

    @Test("HTML is well-formed, escaped, and carries site, window and print page numbers")
    func html() {
        let html = report.html()
        #expect(XMLParser(data: Data(html.utf8)).parse())
        #expect(html.contains("Oslo HQ") && html.contains("2026-11-12T00:00:00+01:00") && html.contains("counter(page)"))
        #expect(html.contains("Åse; &quot;Ødegård&quot;"))
    }

    @Test("JSON carries local times with offsets and the count")
    func json() throws {
        let decoded = try JSONDecoder().decode(JSONReport.self, from: report.json())
        #expect(decoded.count == 2 && decoded.windowStart == "2026-11-12T00:00:00+01:00" && decoded.timeZone == "Europe/Oslo")
        #expect(decoded.visits[1].checkedOut == nil && decoded.visits[1].status == "still on site")
    }
}
