import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokTestSupport

@testable import VaktbokAPI
@testable import VaktbokCore
@testable import VaktbokStore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Contact-tracing report over HTTP")
struct ContactReportAPITests {
    func utc(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    /// A visit at OSL from `start` to `end` (nil: still on site), for the fixture's host Kari.
    @discardableResult
    func visit(_ fixture: APIFixture, _ name: String, _ phone: String, _ start: String, _ end: String?) async throws -> Int64 {
        let site = try await fixture.database.site(code: SiteCode("OSL"))
        let details = try await fixture.database.checkIn(
            siteID: site.rowID, hostID: fixture.kari.rowID, name: PersonName(name), phone: PhoneNumber(phone),
            badgeCode: .random(), staffID: nil, now: utc(start)
        )
        if let end { _ = try await fixture.database.checkOut(badgeCode: BadgeCode(details.visit.badgeCode), siteID: nil, now: utc(end)) }
        return details.visit.rowID
    }

    @Test("the window starts at local midnight `days` days ago; a visit that began before it and ended inside counts")
    func windowBoundaries() async throws {
        let fixture = try await APIFixture()
        try await visit(fixture, "Før Vinduet", "91000001", "2026-11-11T10:00:00Z", "2026-11-11T22:59:00Z")
        try await visit(fixture, "Over Midnatt", "91000002", "2026-11-11T20:00:00Z", "2026-11-11T23:30:00Z")
        try await visit(fixture, "Siste Dag", "91000003", "2026-11-21T08:00:00Z", "2026-11-21T09:00:00Z")
        try await visit(fixture, "Fortsatt Her", "91000004", "2026-11-22T08:00:00Z", nil)
        try await fixture.app().test(.router) { client in
            let token = try await client.login("personvern")
            let response = try await client.send(.get, "/api/v1/sites/OSL/contact-report?days=10", token: token)
            #expect(response.status == .ok)
            let report = try response.decoded(as: JSONReport.self)
            #expect(report.windowStart == "2026-11-12T00:00:00+01:00" && report.days == 10 && report.site == "OSL")
            #expect(report.visits.map(\.name) == ["Over Midnatt", "Siste Dag", "Fortsatt Her"] && report.count == 3)
            let one = try await client.send(.get, "/api/v1/sites/OSL/contact-report?days=1", token: token)
            #expect(try one.decoded(as: JSONReport.self).visits.map(\.name) == ["Siste Dag", "Fortsatt Her"])
        }
    }

    @Test("days outside 1 to the retention window are refused with the reason", arguments: ["0", "11", "-3", "ten"])
    func badDays(days: String) async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, token in
            let response = try await client.send(.get, "/api/v1/sites/OSL/contact-report?days=\(days)", token: token)
            #expect(response.status == .badRequest && response.error.field == "days")
            if Int(days) != nil { #expect(response.error.message?.contains("no longer exist") == true) }
        }
    }

    @Test("contacts of one visitor, by visit id or phone, with minutes together")
    func contacts() async throws {
        let fixture = try await APIFixture()
        let index = try await visit(fixture, "Indeks Person", "41000001", "2026-11-21T10:00:00Z", "2026-11-21T12:00:00Z")
        try await visit(fixture, "Samtidig Ås", "41000002", "2026-11-21T11:00:00Z", "2026-11-21T13:00:00Z")
        try await visit(fixture, "Etterpå Øye", "41000003", "2026-11-21T12:30:00Z", "2026-11-21T13:00:00Z")
        try await visit(fixture, "Tidlig Ærlig", "41000004", "2026-11-21T09:00:00Z", "2026-11-21T10:30:00Z")
        try await fixture.app().test(.router) { client in
            let token = try await client.login("personvern")
            for visitor in ["id:\(index)", "\(index)", "%2B4741000001", "410%2000%20001"] {
                let response = try await client.send(.get, "/api/v1/sites/OSL/contact-report?visitor=\(visitor)", token: token)
                #expect(response.status == .ok, "\(visitor)")
                let report = try response.decoded(as: JSONReport.self)
                #expect(report.visits.map { "\($0.name)=\($0.overlapMinutes ?? -1)" } == ["Tidlig Ærlig=30", "Samtidig Ås=60"])
                #expect(report.indexVisitIds == [index])
            }
            #expect(try await client.send(.get, "/api/v1/sites/OSL/contact-report?visitor=id:999", token: token).status == .notFound)
            let bad = try await client.send(.get, "/api/v1/sites/OSL/contact-report?visitor=abc", token: token)
            #expect(bad.status == .badRequest && bad.error.field == "visitor")
        }
    }

    @Test("CSV parses back with Python's csv module and neutralises a formula stored as a name; HTML is well-formed")
    func formats() async throws {
        let fixture = try await APIFixture()
        let id = try await visit(fixture, "Placeholder Name", "91000009", "2026-11-22T08:00:00Z", nil)
        try await fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE visit SET visitor_name = ? WHERE id = ?", arguments: ["=HYPERLINK(\"http://x\")", id])
        }
        try await visit(fixture, "Åse Bjørnstad-Ødegård", "91000010", "2026-11-21T11:00:00Z", "2026-11-21T12:00:00Z")
        try await fixture.app().test(.router) { client in
            let token = try await client.login("admin")
            let csv = try await client.send(.get, "/api/v1/sites/OSL/contact-report?format=csv", token: token)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8" && csv.headers[.cacheControl] == "no-store")
            let rows = try PythonCSV.parse(csv.text, delimiter: ";")
            #expect(rows.count == 3 && rows[2][1] == "'=HYPERLINK(\"http://x\")" && rows[1][1] == "Åse Bjørnstad-Ødegård")
            #expect(rows[2][6] == "still on site" && rows[1][5] == "2026-11-21T13:00:00+01:00")
            let comma = try await client.send(.get, "/api/v1/sites/OSL/contact-report?format=csv&separator=comma", token: token)
            #expect(try PythonCSV.parse(comma.text, delimiter: ",")[2][3] == "Kari Nordmann")
            let html = try await client.send(.get, "/api/v1/sites/OSL/contact-report", token: token, headers: [.accept: "text/html"])
            #expect(XMLParser(data: Data(buffer: html.body)).parse())
            #expect(html.text.contains("Oslo HQ") && html.text.contains("=HYPERLINK(&quot;http://x&quot;)"))
        }
    }

    @Test("a CSV of 2,345 visits is streamed in chunks over a real connection and parses back whole, in check-in order")
    func streamedCSV() async throws {
        let fixture = try await APIFixture()
        let site = try await fixture.database.site(code: SiteCode("OSL"))
        let first = utc("2026-11-18T12:00:00Z")
        try await fixture.database.pool.write { db in
            for index in 0..<2_345 {
                let checkIn = first.addingTimeInterval(Double(index) * 120)
                try db.execute(
                    sql: """
                        INSERT INTO visit (site_id, host_id, visitor_name, visitor_phone, badge_code, checked_in_at, checked_out_at, checkout_kind)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'badge')
                        """,
                    arguments: [
                        site.rowID, fixture.kari.rowID, "Åsmund Bjørnstad-Ødegård \(index)", "+479\(String(format: "%07d", index))",
                        BadgeCode.random().value, checkIn, checkIn.addingTimeInterval(1_800),
                    ])
            }
        }
        try await fixture.app().test(.live) { client in
            let token = try await client.login("personvern")
            let csv = try await client.send(.get, "/api/v1/sites/OSL/contact-report?format=csv", token: token)
            #expect(csv.status == .ok && csv.headers[.contentDisposition] == "attachment; filename=\"contacts-OSL.csv\"")
            let rows = try PythonCSV.parse(csv.text, delimiter: ";")
            #expect(rows.count == 2_346)
            #expect(
                rows[1][1] == "Åsmund Bjørnstad-Ødegård 0" && rows[1][4] == "2026-11-18T13:00:00+01:00" && rows[1][5] == "2026-11-18T13:30:00+01:00")
            #expect(rows[2_345][1] == "Åsmund Bjørnstad-Ødegård 2344" && rows[2_345][4] == "2026-11-21T19:08:00+01:00")
            let ids = rows.dropFirst().compactMap { Int64($0[0]) }
            #expect(ids.count == 2_345 && ids == ids.sorted())
        }
    }

    @Test("reception may not; privacy and admin may; a bound staff member sees only their site")
    func roles() async throws {
        try await APIFixture.test { fixture, client in
            let reception = try await client.login("resepsjon")
            let privacy = try await client.login("personvern")
            let admin = try await client.login("admin")
            #expect(try await client.send(.get, "/api/v1/sites/OSL/contact-report").status == .unauthorized)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/contact-report", token: reception).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/audit", token: reception).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/contact-report", token: privacy).status == .ok)
            #expect(try await client.send(.get, "/api/v1/sites/BGO/contact-report", token: admin).status == .ok)
            #expect(try await client.send(.get, "/api/v1/sites/TRD/contact-report", token: admin).status == .notFound)
        }
    }

    @Test("every report writes an audit entry with who, where, window and rows, and no names or phones")
    func audit() async throws {
        let fixture = try await APIFixture()
        let index = try await visit(fixture, "Revisjon Kanarifugl", "41999001", "2026-11-21T10:00:00Z", "2026-11-21T12:00:00Z")
        try await visit(fixture, "Revisjon Spurv", "41999002", "2026-11-21T11:00:00Z", "2026-11-21T12:00:00Z")
        try await fixture.app().test(.router) { client in
            let token = try await client.login("personvern")
            _ = try await client.send(.get, "/api/v1/sites/OSL/contact-report?days=5&format=csv", token: token)
            _ = try await client.send(.get, "/api/v1/sites/OSL/contact-report?visitor=%2B4741999001", token: token)
            let audit = try await client.send(.get, "/api/v1/audit", token: token)
            let entries = try audit.decoded(as: [AuditEntryResponse].self).filter { $0.action == "contact-report" }
            #expect(entries.count == 2, "besides the fixture's own entries")
            let newest = entries[0], first = entries[1]
            #expect(first.action == "contact-report" && first.actor.hasPrefix("staff:"))
            let oslo = try await fixture.database.site(code: SiteCode("OSL")).rowID
            #expect(first.at == instant("2026-11-22T09:00:00Z") && first.siteId == oslo)
            #expect(first.details == ["mode": .word("site"), "days": .number(5), "rows": .number(2), "format": .word("csv")])
            #expect(newest.details["indexVisitIds"] == .ids([index]))
            for secret in ["Kanarifugl", "Spurv", "41999001", "41999002"] {
                #expect(!audit.text.contains(secret))
                #expect(!fixture.logs.text.contains(secret))
            }
            let stored = try await fixture.database.pool.read { db in try String.fetchAll(db, sql: "SELECT details || actor || action FROM audit_log")
            }
            #expect(!stored.joined().contains("41999001"))
            let paged = try await client.send(.get, "/api/v1/audit?limit=1&before=\(newest.id)", token: token)
            #expect(try paged.decoded(as: [AuditEntryResponse].self).map(\.id) == [first.id])
            #expect(try await client.send(.get, "/api/v1/audit?limit=0", token: token).status == .badRequest)
        }
    }
}
