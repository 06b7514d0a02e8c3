import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Badge printers and print jobs through the API")
struct PrintAPITests {
    static var printer: [String: Any] {
        ["site": "OSL", "name": "QL-820 skranke", "queue": "QL820NWB", "media": "62x100mm", "terminals": ["Skranke 1"]]
    }

    /// Adds the OSL printer for terminal "Skranke 1" as admin; returns its id.
    static func addPrinter(_ client: some TestClientProtocol, _ body: [String: Any] = printer) async throws -> Int64 {
        let response = try await client.send(.post, "/api/v1/printers", token: try await client.login("admin"), body: body)
        #expect(response.status == .created)
        return try response.decoded(as: PrinterResponse.self).id
    }

    @Test("a check-in at a terminal with a printer queues its badge; the job is followed by id; without a terminal nothing prints")
    func checkInPrints() async throws {
        try await APIFixture.test { fixture, client in
            _ = try await Self.addPrinter(client)
            let desk = try await client.login("resepsjon", terminal: "skranke 1")
            let visit = try await client.checkIn(token: desk, name: "Åsa Ødegård-Lie", hostId: fixture.kari.rowID)
            let job = try #require(visit.printJob)
            #expect(["printing", "waiting"].contains(job.state) && job.badges == 1 && job.printer == "QL-820 skranke")
            let followed = try await client.send(.get, "/api/v1/print-jobs/\(job.id)", token: desk).decoded(as: PrintJobResponse.self)
            #expect(followed.id == job.id && followed.badges == 1)
            let work = try await fixture.database.printWork(jobID: job.id)
            #expect(work.1.map(\.visit.rowID) == [visit.id])

            let plain = try await client.login("resepsjon")
            #expect(
                try await client.checkIn(token: plain, name: "Per Uten-Terminal", phone: "922 33 444", hostId: fixture.kari.rowID).printJob == nil)
            _ = try await client.send(.patch, "/api/v1/printers/1", token: try await client.login("admin"), body: ["terminals": ["Skranke Ø"]])
            let unicode = try await client.login("resepsjon", terminal: "skranke ø")
            #expect(
                try await client.checkIn(token: unicode, name: "Øyvind Små-Bokstav", phone: "944 55 666", hostId: fixture.kari.rowID).printJob != nil)
            let elsewhere = try await client.login("resepsjon", terminal: "Skranke 7")
            #expect(
                try await client.checkIn(token: elsewhere, name: "Lise Annen-Skranke", phone: "933 44 555", hostId: fixture.kari.rowID).printJob
                    == nil)
        }
    }

    @Test("print again: only at a terminal with a printer (409), 1 to 2,000 different visits of the site, unknown ones 404")
    func reprint() async throws {
        try await APIFixture.test { fixture, client in
            _ = try await Self.addPrinter(client)
            let desk = try await client.login("resepsjon", terminal: "Skranke 1")
            let visit = try await client.checkIn(token: desk, hostId: fixture.kari.rowID)
            let again = try await client.send(.post, "/api/v1/print-jobs", token: desk, body: ["visitIds": [visit.id]])
            #expect(again.status == .created)
            #expect(try again.decoded(as: PrintJobResponse.self).id != visit.printJob?.id)
            let firstJob = try #require(visit.printJob?.id)
            let cancelled = try await client.send(.delete, "/api/v1/print-jobs/\(firstJob)", token: desk)
            #expect(cancelled.status == .ok)
            #expect(try cancelled.decoded(as: PrintJobResponse.self).state == "cancelled")
            #expect(try await client.send(.delete, "/api/v1/print-jobs/\(firstJob)", token: desk).status == .conflict)
            let plain = try await client.login("resepsjon")
            let noPrinter = try await client.send(.post, "/api/v1/print-jobs", token: plain, body: ["visitIds": [visit.id]])
            #expect(noPrinter.status == .conflict)
            #expect(String(buffer: noPrinter.body).contains("\"field\":\"terminal\""))
            for (ids, status) in [
                ([Int64](), HTTPResponse.Status.badRequest), ([visit.id, visit.id], .badRequest), (Array(1...2001), .badRequest),
                ([999_999], .notFound),
            ] {
                #expect(try await client.send(.post, "/api/v1/print-jobs", token: desk, body: ["visitIds": ids]).status == status, "\(ids.count) ids")
            }
            let bergenVisit = try await client.send(
                .post, "/api/v1/visits", token: try await client.login("bergen"),
                body: ["name": "Per Ærø", "phone": "91234567", "hostId": fixture.bergenHost.rowID]
            ).decoded(as: VisitResponse.self)
            #expect(try await client.send(.post, "/api/v1/print-jobs", token: desk, body: ["visitIds": [bergenVisit.id]]).status == .notFound)
        }
    }

    @Test(
        "a printer is refused with a clear field for bad input, and nothing is stored",
        arguments: [
            (#"{"queue": "bad queue!"}"#, "queue"), (#"{"queue": null, "ippUrl": "ipp://user:secret@192.0.2.10/ipp/print"}"#, "ippUrl"),
            (#"{"queue": null, "ippUrl": "http://192.0.2.10/ipp/print"}"#, "ippUrl"), (#"{"ippUrl": "ipp://192.0.2.10/ipp/print"}"#, "queue"),
            (#"{"queue": null}"#, "queue"), (#"{"dpi": 100}"#, "dpi"), (#"{"dpi": 5000}"#, "dpi"), (#"{"media": "a5"}"#, "media"),
            (#"{"media": null}"#, "media"), (#"{"name": null}"#, "name"), (#"{"name": ""}"#, "name"),
            (#"{"terminals": ["Skranke 1", "SKRANKE 1"]}"#, "terminals"), (#"{"terminals": ["Skranke\u0007"]}"#, "terminals"),
            (#"{"queue": "\#(String(repeating: "q", count: 128))"}"#, "queue"), (#"{"queue": ".."}"#, "queue"),
        ])
    func badPrinters(change: String, field: String) async throws {
        try await APIFixture.test { fixture, client in
            var body = Self.printer
            let changes = try #require(try JSONSerialization.jsonObject(with: Data(change.utf8)) as? [String: Any])
            for (key, value) in changes { body[key] = value is NSNull ? nil : value }
            let response = try await client.send(.post, "/api/v1/printers", token: try await client.login("admin"), body: body)
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("\"field\":\"\(field)\""), "\(String(buffer: response.body))")
            #expect(try await fixture.database.printers(siteID: nil).isEmpty)
        }
    }

    @Test("an admin adds, changes and removes printers; a name is unique per site; a terminal moves; the desk never sees where a printer is")
    func administration() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let first = try await Self.addPrinter(client)
            #expect(try await client.send(.post, "/api/v1/printers", token: admin, body: Self.printer).status == .conflict)
            var second = Self.printer
            second["name"] = "Zebra lager"
            second["queue"] = nil
            second["ippUrl"] = "ipp://192.0.2.20:631/ipp/print"
            second["dpi"] = 203
            let secondID = try await Self.addPrinter(client, second)
            let list = try await client.send(.get, "/api/v1/printers?site=OSL", token: admin).decoded(as: PrinterListResponse.self)
            #expect(list.printers.map(\.terminals) == [[], ["Skranke 1"]], "the terminal moved to the printer added last")
            #expect(list.printers.last?.ippUrl == "ipp://192.0.2.20:631/ipp/print" && list.printers.first?.queue == "QL820NWB")

            let changed = try await client.send(
                .patch, "/api/v1/printers/\(first)", token: admin, body: ["media": "a4", "terminals": ["Skranke 1", "Skranke 2"]])
            #expect(try changed.decoded(as: PrinterResponse.self).terminals == ["Skranke 1", "Skranke 2"])
            #expect(try changed.decoded(as: PrinterResponse.self).queue == "QL820NWB", "what a PATCH leaves out stays")
            let desk = try await client.send(.get, "/api/v1/printers", token: try await client.login("resepsjon")).decoded(
                as: PrinterListResponse.self)
            #expect(desk.printers.count == 2 && desk.printers.allSatisfy { $0.queue == nil && $0.ippUrl == nil })
            #expect(try await client.send(.patch, "/api/v1/printers/\(first)", token: admin, body: ["site": "BGO"]).status == .badRequest)
            #expect(try await client.send(.patch, "/api/v1/printers/\(first)", token: admin, body: ["name": "Zebra lager"]).status == .conflict)

            #expect(try await client.send(.delete, "/api/v1/printers/\(secondID)", token: admin).status == .noContent)
            #expect(try await client.send(.delete, "/api/v1/printers/\(secondID)", token: admin).status == .notFound)
            let audit = try await fixture.database.auditEntries(AuditQuery(siteID: nil, limit: 20)).filter { $0.action.hasPrefix("printer-") }
            #expect(Set(audit.map(\.action)) == ["printer-add", "printer-change", "printer-remove"])
            #expect(audit.contains { $0.action == "printer-change" && $0.details.contains("media,terminals") && !$0.details.contains("target") })
            #expect(!audit.contains { $0.details.contains("192.0.2") || $0.details.contains("QL820") || $0.details.contains("Skranke") })
        }
    }

    @Test("a terminal name is checked at sign-in: control characters and over-long names are refused")
    func terminalAtSignIn() async throws {
        try await APIFixture.test { fixture, client in
            for terminal in ["Skranke\u{0000}1", String(repeating: "x", count: 101), ""] {
                let response = try await client.send(
                    .post, "/api/v1/session", body: ["username": "resepsjon", "password": APIFixture.password, "terminal": terminal])
                #expect(response.status == .badRequest && String(buffer: response.body).contains("\"field\":\"terminal\""))
            }
        }
    }

    @Test("a group arrival at a terminal with a printer prints the new arrivals' badges in one job")
    func groupArrival() async throws {
        try await APIFixture.test { fixture, client in
            _ = try await Self.addPrinter(client)
            let desk = try await client.login("resepsjon", terminal: "Skranke 1")
            let group = try await client.send(
                .post, "/api/v1/groups", token: desk,
                body: [
                    "date": "2026-11-22", "school": "Ås skole", "hostId": fixture.kari.rowID, "contactPhone": "41234567",
                    "list": "Siv Åkerø\nTrine Lærer-Haugen\nOla Ås\n",
                ]
            ).decoded(as: GroupImportResponse.self)
            let groupID = try #require(group.group.id)
            let arrival = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: desk, body: ["all": true])
            let job = try #require(try arrival.decoded(as: ArrivalResponse.self).printJob)
            #expect(job.badges == 3)
            let again = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: desk, body: ["all": true])
            #expect(try again.decoded(as: ArrivalResponse.self).printJob == nil, "nobody new arrived: nothing prints")
        }
    }
}
