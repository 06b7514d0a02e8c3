import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokStore

@testable import VaktbokAPI

@Suite("What the privacy officer's console needs: the report by POST, the audit log filtered, a hold released")
struct PrivacyConsoleAPITests {
    @Test("POST /contact-report answers as GET does, with the visitor's phone in the body: not in the URL, the logs or the audit")
    func reportByPost() async throws {
        try await APIFixture.test { fixture, client in
            let desk = try await client.login("resepsjon")
            _ = try await client.checkIn(token: desk, name: "Åsmund Ødegård-Bråten", phone: "412 34 567", hostId: fixture.kari.rowID)
            fixture.clock.advance(by: 600)
            _ = try await client.checkIn(token: desk, name: "Siv Blåbær-Li", phone: "412 34 568", hostId: fixture.kari.rowID)
            fixture.clock.advance(by: 1_800)
            let officer = try await client.login("personvern")
            let byGet = try await client.send(.get, "/api/v1/sites/OSL/contact-report?visitor=%2B4741234567&days=3", token: officer)
            let byPost = try await client.send(
                .post, "/api/v1/sites/OSL/contact-report", token: officer, body: ["visitor": "+4741234567", "days": 3])
            #expect(byPost.status == .ok && byGet.status == .ok)
            let names = { (text: String) in
                ((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["visits"] as? [[String: Any]])?.compactMap {
                    $0["name"] as? String
                }
            }
            let posted = try names(byPost.text)
            let gotten = try names(byGet.text)
            #expect(posted == ["Siv Blåbær-Li"] && gotten == posted)
            let csv = try await client.send(.post, "/api/v1/sites/OSL/contact-report?format=csv", token: officer, body: [String: Int]())
            #expect(csv.status == .ok && csv.headers[.contentType]?.hasPrefix("text/csv") == true && csv.text.contains("Åsmund Ødegård-Bråten"))
            for (body, field) in [(["days": 0] as [String: Any], "days"), (["visitor": "abc"], "visitor"), (["days": "ten"], "days")] {
                let refused = try await client.send(.post, "/api/v1/sites/OSL/contact-report", token: officer, body: body)
                #expect(refused.status == .badRequest, "\(body)")
                #expect(field == "days" || refused.error.field == field)
            }
            let audit = try await client.send(.get, "/api/v1/audit?action=contact-report", token: officer)
            #expect(try audit.decoded(as: [AuditEntryResponse].self).count == 3)
            #expect(!audit.text.contains("41234567") && !fixture.logs.text.contains("41234567") && !fixture.logs.text.contains("Åsmund"))
        }
    }

    @Test("the audit log filtered by action and by local dates, both days included, and paged; bad filters are 400")
    func auditFilters() async throws {
        try await APIFixture.test { fixture, client in
            let officer = try await client.login("personvern")
            #expect(try await client.send(.get, "/api/v1/sites/OSL/contact-report", token: officer).status == .ok)
            fixture.clock.advance(by: 2 * 86_400)
            let later = try await client.login("personvern")
            #expect(try await client.send(.get, "/api/v1/sites/OSL/contact-report", token: later).status == .ok)
            let all = try await client.send(.get, "/api/v1/audit?limit=500", token: later).decoded(as: [AuditEntryResponse].self)
            let reports = all.filter { $0.action == "contact-report" }
            #expect(reports.count == 2 && all.count > reports.count)
            let filtered = try await client.send(.get, "/api/v1/audit?action=contact-report", token: later).decoded(as: [AuditEntryResponse].self)
            #expect(filtered.map(\.id) == reports.map(\.id))
            let firstDay = try await client.send(.get, "/api/v1/audit?action=contact-report&from=2026-11-22&to=2026-11-22", token: later)
            #expect(try firstDay.decoded(as: [AuditEntryResponse].self).map(\.id) == [reports[1].id])
            let fromLater = try await client.send(.get, "/api/v1/audit?action=contact-report&from=2026-11-23", token: later)
            #expect(try fromLater.decoded(as: [AuditEntryResponse].self).map(\.id) == [reports[0].id])
            let page = try await client.send(.get, "/api/v1/audit?action=contact-report&limit=1&before=\(reports[0].id)", token: later)
            #expect(try page.decoded(as: [AuditEntryResponse].self).map(\.id) == [reports[1].id])
            for (query, field) in [
                ("action=DROP%20TABLE", "action"), ("from=2026-13-01", "from"), ("to=yesterday", "to"), ("from=2026-11-23&to=2026-11-22", "to"),
                ("limit=0", "limit"), ("before=x", "before"),
            ] {
                let refused = try await client.send(.get, "/api/v1/audit?\(query)", token: later)
                #expect(refused.status == .badRequest && refused.error.field == field, "\(query)")
            }
        }
    }

    @Test("a hold is released once (audited by id), then gone from the list; again is 409, an unknown one 404")
    func holdRelease() async throws {
        try await APIFixture.test { fixture, client in
            let desk = try await client.login("resepsjon")
            _ = try await client.checkIn(token: desk, name: "Åse Bø", phone: "412 34 567", hostId: fixture.kari.rowID)
            let officer = try await client.login("personvern")
            let request = try await client.send(
                .post, "/api/v1/requests", token: officer,
                body: ["type": "restrict", "subject": ["phone": "41234567"], "receivedAt": "2026-11-22", "site": "OSL"]
            ).decoded(as: RequestResponse.self)
            _ = try await client.send(
                .post, "/api/v1/requests/\(request.id)/restrict", token: officer, body: ["until": "2027-01-31", "reason": "a complaint"])
            let holds = try await client.send(.get, "/api/v1/holds", token: officer).decoded(as: [HoldResponse].self)
            let hold = try #require(holds.first)
            let heldAt = { () async throws -> [Int] in
                try await client.send(.get, "/api/v1/retention", token: officer).decoded(as: RetentionStatusResponse.self).sites.map(\.holdsInForce)
            }
            #expect(try await heldAt() == [0, 1], "BGO none, OSL one")
            let released = try await client.send(.post, "/api/v1/holds/\(hold.id)/release", token: officer)
            #expect(released.status == .ok)
            #expect(try released.decoded(as: HoldResponse.self).id == hold.id)
            #expect(try await client.send(.get, "/api/v1/holds", token: officer).decoded(as: [HoldResponse].self).isEmpty)
            #expect(try await heldAt() == [0, 0])
            #expect(try await client.send(.post, "/api/v1/holds/\(hold.id)/release", token: officer).status == .conflict)
            #expect(try await client.send(.post, "/api/v1/holds/999999/release", token: officer).status == .notFound)
            let audit = try await client.send(.get, "/api/v1/audit?action=hold-release", token: officer).decoded(as: [AuditEntryResponse].self)
            #expect(audit.count == 1 && audit[0].details == ["hold": .number(Int(hold.id))])
        }
    }

    @Test("the retention status: per site the window, oldest visit, holds and overdue visits; the last purge; verify now")
    func retentionStatus() async throws {
        try await APIFixture.test { fixture, client in
            let desk = try await client.login("resepsjon")
            let visit = try await client.checkIn(token: desk, name: "Åse Bø-Ødegård", phone: "412 34 567", hostId: fixture.kari.rowID)
            #expect(try await client.send(.post, "/api/v1/visits/\(visit.id)/checkout", token: desk).status == .ok)
            let status = { (who: String) in
                try await client.send(.get, "/api/v1/retention", token: try await client.login(who)).decoded(as: RetentionStatusResponse.self)
            }
            let fresh = try await status("personvern")
            #expect(fresh.sites.map(\.code) == ["BGO", "OSL"] && fresh.verify.holds && fresh.lastPurge == nil)
            #expect(fresh.sites[1].oldestVisitAgeDays == 0 && fresh.sites[1].visitRetentionDays == 10 && fresh.sites[0].oldestVisitCheckedInAt == nil)

            fixture.clock.advance(by: 13 * 86_400)
            let overdue = try await status("personvern")
            #expect(!overdue.verify.holds && overdue.sites[1].overdueVisits == 1 && overdue.sites[1].oldestVisitAgeDays == 13)
            #expect(try await status("vern-bgo").sites.map(\.code) == ["BGO"], "a bound login sees its own site")

            _ = try await fixture.database.purge(PurgeOptions(now: fixture.clock.now))
            let purged = try await status("personvern")
            #expect(purged.verify.holds && purged.verify.receiptsIntact == 1 && purged.sites[1].oldestVisitCheckedInAt == nil)
            #expect(purged.lastPurge?.deleted["visit"] == 1 && purged.lastPurge?.dryRun == false)

            try await fixture.database.pool.write { db in try db.execute(sql: "UPDATE purge_receipt SET payload = replace(payload, '1', '0')") }
            let tampered = try await status("personvern")
            #expect(!tampered.verify.holds && tampered.verify.firstBrokenReceipt == 1, "an edited receipt is named")
            #expect(tampered.lastPurge == nil, "one that no longer reads as a receipt is not shown as the last purge")
            #expect(try await client.send(.get, "/metrics").status == .ok)
            let reception = try await client.send(.get, "/api/v1/retention", token: try await client.login("resepsjon"))
            #expect(reception.status == .forbidden)
        }
    }
}
