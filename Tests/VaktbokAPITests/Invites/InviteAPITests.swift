import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Invites: the invitation ahead of the visit, one scan at the desk, the walk-in who was expected")
struct InviteAPITests {
    /// An invite for Kari's visitor at OSL on the fixture's day (2026-11-22), created by `token`.
    private func invite(
        _ client: some TestClientProtocol, token: String, hostID: Int64, name: String = "Øydis Fjærli-Åsen", phone: String = "41234567",
        extra: [String: String] = [:]
    ) async throws -> TestResponse {
        var body: [String: Any] = ["name": name, "phone": phone, "hostId": hostID, "date": "2026-11-22", "site": "OSL"]
        for (key, value) in extra { body[key] = value }
        return try await client.send(.post, "/api/v1/invites", token: token, body: body)
    }

    /// The SMS bodies the gateway stand-in received for `phone` (E.164), by delivering what is due (and so
    /// taking every due SMS out of the outbox).
    private func sms(to phone: String, _ fixture: APIFixture) async throws -> [String] {
        try await allSMS(fixture)[phone] ?? []
    }

    /// Every due SMS delivered to the gateway stand-in, by recipient.
    private func allSMS(_ fixture: APIFixture) async throws -> [String: [String]] {
        try await fixture.deliveredSMS().compactMap { try JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: String] }
            .reduce(into: [:]) { $0[$1["to"] ?? "", default: []].append($1["body"] ?? "") }
    }

    /// The code in the invitation link of `text`.
    private func code(in text: String) throws -> String {
        let link = try #require(text.split(separator: " ").first { $0.contains("/invite.html#code=") })
        #expect(link.hasPrefix("https://vaktbok.example.no/invite.html#code="))
        return String(try #require(link.split(separator: "=").last))
    }

    @Test("an integration login invites; the visitor's SMS links a page whose QR (read by zbarimg) checks them in with one scan")
    func inviteScanArrive() async throws {
        try await APIFixture.test(signedInAs: "kalender") { fixture, client, calendar in
            let created = try await invite(client, token: calendar, hostID: fixture.kari.rowID, extra: ["from": "09:30", "until": "11:00"])
            #expect(created.status == .created)
            let invite = try created.decoded(as: InviteResponse.self)
            #expect(invite.status == "expected" && invite.from == "09:30" && invite.until == "11:00" && !created.text.contains("code"))
            let toHost = try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(3_600), limit: 10)
            #expect(
                toHost.contains { $0.channel == .email && $0.recipient == "kari@example.no" && $0.subject == "Invitasjon sendt: Øydis Fjærli-Åsen" })
            let toVisitor = try await sms(to: "+4741234567", fixture)
            #expect(toVisitor.count == 1 && toVisitor[0].hasPrefix("Du er ventet på Oslo HQ 22.11.2026 kl. 09:30–11:00. Kari Nordmann tar imot deg."))
            let code = try code(in: toVisitor[0])

            let page = try await client.send(.post, "/api/v1/invitations/view", body: ["code": code])
            let shown = try page.decoded(as: InvitationResponse.self)
            #expect(shown.site == "Oslo HQ" && shown.host == "Kari Nordmann" && shown.date == "2026-11-22" && shown.status == "expected")
            #expect(!page.text.contains("Øydis") && !page.text.contains("41234567"), "the page shows nothing about the visitor")
            #expect(try ZBar.decode(png: try #require(Data(base64Encoded: shown.qrPng))) == code)

            let reception = try await client.login("resepsjon")
            let scanned = try await client.send(.post, "/api/v1/scan", token: reception, body: ["code": code])
            #expect(scanned.status == .created)
            let arrival = try scanned.decoded(as: ScanResponse.self)
            #expect(arrival.action == "checkedIn" && arrival.visit.badgeCode == code && arrival.visit.visitor.name == "Øydis Fjærli-Åsen")
            let arrivalSMS = try await allSMS(fixture)
            #expect(arrivalSMS["+4741234567"]?.contains { $0.hasPrefix("Velkommen til Oslo HQ!") } == true, "an arrival notifies like a walk-in")
            #expect(arrivalSMS["+4790000001"]?.contains { $0.hasPrefix("Øydis Fjærli-Åsen har kommet til Oslo HQ") } == true)

            let again = try await client.send(.post, "/api/v1/scan", token: reception, body: ["code": code])
            #expect(try again.decoded(as: ScanResponse.self).action == "alreadyIn", "the phone held to the scanner twice checks nobody out")
            #expect(try await client.send(.post, "/api/v1/invites/\(invite.id)/arrive", token: reception).status == .ok)
            let listed = try await client.send(.get, "/api/v1/invites?site=OSL&date=2026-11-22", token: calendar).decoded(as: InviteListResponse.self)
            #expect(listed.invites.map(\.status) == ["arrived"] && listed.invites.first?.visitId == arrival.visit.id)

            fixture.clock.advance(by: 2 * 3_600)
            let out = try await client.send(.post, "/api/v1/scan", token: reception, body: ["code": code])
            #expect(try out.decoded(as: ScanResponse.self).action == "checkedOut")
            #expect(try out.decoded(as: ScanResponse.self).visit.checkoutKind == .badge)
            #expect(try await client.send(.post, "/api/v1/scan", token: reception, body: ["code": code]).status == .conflict)
            #expect(try await client.onSiteCount(site: "OSL", token: reception) == 0)
            #expect(!fixture.logs.text.contains("Øydis") && !fixture.logs.text.contains(code))
        }
    }

    @Test("the same invite again (a calendar retrying) answers with the first and sends nothing more")
    func sameInviteTwice() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let first = try await invite(client, token: reception, hostID: fixture.kari.rowID)
            let second = try await invite(client, token: reception, hostID: fixture.kari.rowID, phone: "+47 412 34 567")
            #expect(first.status == .created && second.status == .ok && second.headers[VisitRoutes.replayed] == "true")
            #expect(try first.decoded(as: InviteResponse.self).id == second.decoded(as: InviteResponse.self).id)
            #expect(try await sms(to: "+4741234567", fixture).count == 1)
        }
    }

    @Test(
        "bad invites get 400 or 404 with the field, and nothing is stored",
        arguments: [
            (["date": "2026-11-21"], "date"), (["date": "2027-11-24"], "date"), (["date": "22.11.2026"], "date"),
            (["from": "09:00"], "until"), (["until": "09:00"], "from"), (["from": "11:00", "until": "10:00"], "until"),
            (["from": "24:00", "until": "25:00"], "from"), (["phone": "12"], "phone"), (["name": "X"], "name"),
            (["email": "ikke-en-adresse"], "email"), (["hostId": "@inactive"], "hostId"), (["hostId": "@bergen"], "hostId"),
            (["site": "BGO"], "site"),
        ] as [([String: String], String)])
    func badInvites(change: [String: String], field: String) async throws {
        try await APIFixture.test(signedInAs: "kalender") { fixture, client, calendar in
            var body: [String: any Sendable] = [
                "name": "Øydis Fjærli-Åsen", "phone": "41234567", "hostId": fixture.kari.rowID, "date": "2026-11-22",
            ]
            for (key, value) in fixture.resolvingHosts(change) { body[key] = value }
            let response = try await client.send(.post, "/api/v1/invites", token: calendar, body: body)
            #expect([.badRequest, .notFound, .forbidden].contains(response.status), "\(change): \(response.status)")
            #expect(response.error.field == field, "\(change)")
            #expect(try await fixture.database.invites(siteID: 1, date: CalendarDate("2026-11-22")).isEmpty)
        }
    }

    @Test("a walk-in with an invited phone is offered the invite; confirming a duplicate does not skip it, ignoreInvite makes a separate visit")
    func walkInIsOfferedTheInvite() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let invite = try await invite(client, token: reception, hostID: fixture.kari.rowID).decoded(as: InviteResponse.self)
            let walkIn: [String: Any] = ["name": "Øydis F. Åsen", "phone": "412 34 567", "hostId": fixture.kari.rowID, "site": "OSL"]
            let offered = try await client.send(.post, "/api/v1/visits", token: reception, body: walkIn)
            #expect(offered.status == .conflict && offered.error.field == "invite")
            #expect(try offered.decoded(as: ErrorBody.self).error.inviteId == invite.id)
            #expect(try await client.onSiteCount(site: "OSL", token: reception) == 0)
            var confirmed = walkIn
            confirmed["confirmDuplicate"] = true
            #expect(try await client.send(.post, "/api/v1/visits", token: reception, body: confirmed).error.field == "invite")
            confirmed["ignoreInvite"] = true
            #expect(try await client.send(.post, "/api/v1/visits", token: reception, body: confirmed).status == .created)
            let other = try await client.send(
                .post, "/api/v1/visits", token: reception, body: ["name": "Per Ærø", "phone": "41234568", "hostId": fixture.kari.rowID])
            #expect(other.status == .created, "another phone is not offered the invite")
        }
    }

    @Test("an invitation is valid on its date only: a day early it is refused, and the page closes when the day is over")
    func onlyOnItsDate() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let created = try await client.send(
                .post, "/api/v1/invites", token: reception,
                body: ["name": "Åge Ødegård", "phone": "41234567", "hostId": fixture.kari.rowID, "date": "2026-11-23", "email": "age@example.no"])
            let invite = try created.decoded(as: InviteResponse.self)
            let mail = try #require(
                try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(3_600), limit: 10).first {
                    $0.recipient == "age@example.no"
                })
            #expect(mail.calendar?.contains("DTSTART;VALUE=DATE:20261123") == true && mail.calendar?.contains("Åge") == false)
            let code = try code(in: try #require(try await sms(to: "+4741234567", fixture).first))
            let early = try await client.send(.post, "/api/v1/scan", token: reception, body: ["code": code])
            #expect(early.status == .conflict && early.error.message?.contains("2026-11-23") == true && early.error.field == "date")
            #expect(try await client.send(.post, "/api/v1/invites/\(invite.id)/arrive", token: reception).status == .conflict)

            fixture.clock.advance(by: 2 * 86_400)
            let nextShift = try await client.login("resepsjon")
            #expect(try await client.send(.post, "/api/v1/invitations/view", body: ["code": code]).status == .notFound)
            #expect(try await client.send(.post, "/api/v1/scan", token: nextShift, body: ["code": code]).status == .conflict)
            for bad in ["", "kort", String(repeating: "A", count: 23), "AAAAAAAAAAAAAAAAAAAAA!"] {
                #expect(try await client.send(.post, "/api/v1/invitations/view", body: ["code": bad]).status == .badRequest, "\(bad)")
            }
            #expect(try await client.send(.post, "/api/v1/invitations/view", body: ["code": "AAAAAAAAAAAAAAAAAAAAAA"]).status == .notFound)
            #expect(try await client.send(.post, "/api/v1/scan", token: nextShift, body: ["code": "AAAAAAAAAAAAAAAAAAAAAA"]).status == .notFound)
        }
    }

    @Test("a new date replaces the unsent invitation and tells the visitor; cancelling tells them only if one went out")
    func rescheduleAndCancel() async throws {
        try await APIFixture.test(signedInAs: "kalender") { fixture, client, calendar in
            let first = try await invite(client, token: calendar, hostID: fixture.kari.rowID).decoded(as: InviteResponse.self)
            let moved = try await client.send(
                .patch, "/api/v1/invites/\(first.id)", token: calendar, body: ["date": "2026-11-24", "from": "13:00", "until": "14:00"])
            #expect(try moved.decoded(as: InviteResponse.self).date == "2026-11-24")
            let sent = try await sms(to: "+4741234567", fixture)
            #expect(
                sent.count == 1 && sent[0].hasPrefix("Endret: Du er ventet på Oslo HQ 24.11.2026 kl. 13:00–14:00."),
                "the unsent first invitation was dropped")
            #expect(try await client.send(.patch, "/api/v1/invites/\(first.id)", token: calendar, body: ["date": "2026-11-20"]).status == .badRequest)
            let same = ["date": "2026-11-24", "from": "13:00", "until": "14:00"]
            #expect(try await client.send(.patch, "/api/v1/invites/\(first.id)", token: calendar, body: same).status == .ok)
            #expect(try await sms(to: "+4741234567", fixture).isEmpty, "the same date and window again change and send nothing")
            #expect(try await client.send(.delete, "/api/v1/invites/\(first.id)", token: calendar).status == .noContent)
            #expect(try await sms(to: "+4741234567", fixture) == ["Besøket ditt på Oslo HQ 24.11.2026 kl. 13:00–14:00 er avlyst."])
            #expect(try await client.send(.get, "/api/v1/invites/\(first.id)", token: calendar).status == .notFound)

            let unsent = try await invite(client, token: calendar, hostID: fixture.kari.rowID, phone: "41234599").decoded(as: InviteResponse.self)
            #expect(try await client.send(.delete, "/api/v1/invites/\(unsent.id)", token: calendar).status == .noContent)
            #expect(try await sms(to: "+4741234599", fixture).isEmpty, "an invitation never sent is not cancelled by SMS either")

            let used = try await invite(client, token: calendar, hostID: fixture.kari.rowID, phone: "41234598").decoded(as: InviteResponse.self)
            let reception = try await client.login("resepsjon")
            #expect(try await client.send(.post, "/api/v1/invites/\(used.id)/arrive", token: reception).status == .created)
            #expect(try await client.send(.delete, "/api/v1/invites/\(used.id)", token: calendar).status == .conflict)
            #expect(try await client.send(.patch, "/api/v1/invites/\(used.id)", token: calendar, body: ["date": "2026-11-23"]).status == .conflict)
            let audit = try await fixture.database.pool.read { db in
                try String.fetchAll(db, sql: "SELECT action || ' ' || details FROM audit_log WHERE action LIKE 'invite-%' ORDER BY id")
            }
            #expect(audit.count == 6 && audit.allSatisfy { !$0.contains("Øydis") && !$0.contains("4123") })
        }
    }

    @Test("the integration role names the host by work e-mail, may create, list, change and cancel invites, and nothing at the desk")
    func integrationIsLimited() async throws {
        try await APIFixture.test(signedInAs: "kalender") { fixture, client, calendar in
            var body: [String: Any] = ["name": "Øydis Fjærli-Åsen", "phone": "41234567", "hostEmail": "KARI@example.no", "date": "2026-11-22"]
            let created = try await client.send(.post, "/api/v1/invites", token: calendar, body: body)
            let invite = try created.decoded(as: InviteResponse.self)
            #expect(created.status == .created && invite.host.id == fixture.kari.rowID)
            body["hostEmail"] = "ingen@example.no"
            #expect(try await client.send(.post, "/api/v1/invites", token: calendar, body: body).error.field == "hostEmail")
            body["hostId"] = fixture.kari.rowID
            #expect(try await client.send(.post, "/api/v1/invites", token: calendar, body: body).error.field == "hostId", "one of the two")
            #expect(try await client.send(.post, "/api/v1/invites/\(invite.id)/arrive", token: calendar).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: calendar).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/hosts?q=k", token: calendar).status == .forbidden)
        }
    }

    @Test("moving an invite is limited: the fifth move is the last, then 409; the host's note survives a move")
    func movesAreLimited() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let invite = try await invite(client, token: reception, hostID: fixture.kari.rowID).decoded(as: InviteResponse.self)
            for day in 23...27 {
                let moved = try await client.send(.patch, "/api/v1/invites/\(invite.id)", token: reception, body: ["date": "2026-11-\(day)"])
                #expect(moved.status == .ok, "move to the \(day)th")
            }
            let sixth = try await client.send(.patch, "/api/v1/invites/\(invite.id)", token: reception, body: ["date": "2026-11-28"])
            #expect(sixth.status == .conflict && sixth.error.message?.contains("cancel it and invite anew") == true)
            // Read from the table, whatever the running delivery service has tried meanwhile (a retry stays pending).
            let pending = try await fixture.database.pool.read { db in
                try String.fetchAll(
                    db, sql: "SELECT recipient FROM outbox_message WHERE invite_id = ? AND status = 'pending'", arguments: [invite.id])
            }
            #expect(pending.filter { $0 == "+4741234567" }.count == 1, "only the latest invitation waits to go")
            #expect(pending.contains("kari@example.no"), "the host's note was not dropped by the moves")
        }
    }

    @Test("an integration sees and changes only the invites it made; the desk's stay hidden from it")
    func integrationSeesItsOwn() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let desk = try await invite(client, token: reception, hostID: fixture.kari.rowID).decoded(as: InviteResponse.self)
            let calendar = try await client.login("kalender")
            let own = try await invite(client, token: calendar, hostID: fixture.kari.rowID, phone: "41234599").decoded(as: InviteResponse.self)
            let listed = try await client.send(.get, "/api/v1/invites?date=2026-11-22", token: calendar).decoded(as: InviteListResponse.self)
            #expect(listed.invites.map(\.id) == [own.id])
            for (method, path) in [(HTTPRequest.Method.get, ""), (.delete, "")] {
                #expect(try await client.send(method, "/api/v1/invites/\(desk.id)\(path)", token: calendar).status == .notFound)
            }
            #expect(try await client.send(.patch, "/api/v1/invites/\(desk.id)", token: calendar, body: ["date": "2026-11-23"]).status == .notFound)
            let all = try await client.send(.get, "/api/v1/invites?date=2026-11-22", token: reception).decoded(as: InviteListResponse.self)
            #expect(Set(all.invites.map(\.id)) == [desk.id, own.id])
        }
    }
}
