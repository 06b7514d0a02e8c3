import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("A site-bound login sees and acts on its own site only, on every route")
struct SiteBindingAPITests {
    /// OSL data the other site's logins try to reach: a visit, a request about it, a hold, a consent, a group, a
    /// roll call.
    struct OsloData {
        let visitID: Int64
        let badgeCode: String
        let requestID: Int64
        let groupID: Int64
        let rollCallID: Int64
        let inviteID: Int64
        let inviteCode: String
        let printerID: Int64
        let printJobID: Int64
        let holdID: Int64
        let staffID: Int64
    }

    static func seedOslo(_ client: some TestClientProtocol, fixture: APIFixture) async throws -> OsloData {
        let reception = try await client.login("resepsjon")
        let visit = try await client.checkIn(token: reception, name: "Åsmund Ødegård-Lie", phone: "412 34 567", hostId: fixture.kari.rowID)
        let consent = try await client.send(
            .post, "/api/v1/consents", token: reception,
            body: [
                "name": "Siv Åkerø", "email": "siv.akero@example.no", "school": "Ås skole", "consentedBy": "guardian", "pupilIs15OrOlder": false,
            ])
        #expect(consent.status == .created)
        let group = try await client.send(
            .post, "/api/v1/groups", token: reception,
            body: [
                "date": "2026-11-22", "school": "Ås skole", "hostId": fixture.kari.rowID, "list": "Siv Åkerø\nTrine Lærer-Haugen;lærer\n",
            ])
        let officer = try await client.login("vern-osl")
        let request = try await client.send(
            .post, "/api/v1/requests", token: officer,
            body: [
                "type": "restrict", "subject": ["phone": "41234567"], "receivedAt": "2026-11-21",
            ])
        #expect(request.status == .created)
        let requestID = try request.decoded(as: RequestResponse.self).id
        let held = try await client.send(
            .post, "/api/v1/requests/\(requestID)/restrict", token: officer, body: ["until": "2027-01-31", "reason": "a complaint"])
        #expect(try held.decoded(as: [String: Int].self) == ["visitsHeld": 1])
        let rollCall = try await client.send(.post, "/api/v1/rollcalls", token: try await client.login("brannvakt"), body: ["kind": "drill"])
        let invite = try await client.send(
            .post, "/api/v1/invites", token: reception,
            body: ["name": "Øydis Fjærli-Åsen", "phone": "41234599", "hostId": fixture.kari.rowID, "date": "2026-11-22"]
        ).decoded(as: InviteResponse.self)
        let inviteCode = try await fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT badge_code FROM invite WHERE id = ?", arguments: [invite.id])
        }
        let printer = try await fixture.database.addPrinter(
            siteID: try await fixture.database.site(code: SiteCode("OSL")).rowID,
            PrinterSettings(name: Label("QL-820"), target: .queue("QL820"), media: .dieCut62x100, terminals: [Label("Skranke 1")]),
            actor: "test", now: fixture.clock.now)
        let job = try await fixture.database.enqueuePrint(visitIDs: [visit.id], printerID: printer.printer.rowID, actor: nil, now: fixture.clock.now)
        return OsloData(
            visitID: visit.id, badgeCode: visit.badgeCode, requestID: requestID,
            groupID: try #require(try group.decoded(as: GroupImportResponse.self).group.id),
            rollCallID: try rollCall.decoded(as: RollCallResponse.self).id, inviteID: invite.id, inviteCode: try #require(inviteCode),
            printerID: printer.printer.rowID, printJobID: job.job.rowID,
            holdID: try #require(try await fixture.database.activeHolds(siteID: nil, now: fixture.clock.now).first?.rowID),
            staffID: try #require(try await fixture.database.staff(username: "resepsjon")).rowID
        )
    }

    /// Every route with an OSL id or site in it, and what a login bound to BGO must get: 404 where the id would
    /// otherwise reveal that the record exists, 403 where the request names OSL outright.
    static func routes(_ oslo: OsloData, hostID: Int64) -> [(HTTPRequest.Method, String, Any?, HTTPResponse.Status)] {
        let request = "/api/v1/requests/\(oslo.requestID)"
        return [
            (.post, "/api/v1/visits", ["name": "Per Ærø", "phone": "91234567", "hostId": hostID, "site": "OSL"], .forbidden),
            (.get, "/api/v1/visits/\(oslo.visitID)", nil, .notFound),
            (.get, "/api/v1/visits/\(oslo.visitID)/qr.png", nil, .notFound),
            (.get, "/api/v1/visits/\(oslo.visitID)/badge.svg", nil, .notFound),
            (.post, "/api/v1/checkout", ["badgeCode": oslo.badgeCode], .notFound),
            (.post, "/api/v1/visits/\(oslo.visitID)/checkout", nil, .notFound),
            (.get, "/api/v1/sites/OSL/onsite", nil, .forbidden),
            (.get, "/api/v1/sites/OSL", nil, .forbidden),
            (.get, "/api/v1/hosts?site=OSL&q=k", nil, .forbidden),
            (.get, "/api/v1/groups?site=OSL&date=2026-11-22", nil, .forbidden),
            (.get, "/api/v1/groups/\(oslo.groupID)", nil, .notFound),
            (.post, "/api/v1/groups/\(oslo.groupID)/arrivals", ["all": true], .notFound),
            (
                .post, "/api/v1/consents",
                [
                    "name": "Siv Åkerø", "email": "siv@example.no", "school": "Ås skole", "consentedBy": "guardian",
                    "pupilIs15OrOlder": false, "site": "OSL",
                ], .forbidden
            ),
            (.post, "/api/v1/requests", ["type": "access", "subject": ["phone": "91234567"], "receivedAt": "2026-11-21", "site": "OSL"], .forbidden),
            (.get, request, nil, .notFound),
            (.post, "\(request)/verify", nil, .notFound),
            (.post, "\(request)/verify/confirm", ["code": "123456"], .notFound),
            (.post, "\(request)/verify/manual", ["method": "ID card checked", "covers": ["phone"]], .notFound),
            (.get, "\(request)/records", nil, .notFound),
            (.get, "\(request)/export", nil, .notFound),
            (.post, "\(request)/rectify", ["name": "Siv Åkerø"], .notFound),
            (.post, "\(request)/erase", nil, .notFound),
            (.post, "\(request)/restrict", ["until": "2999-01-31", "reason": "forever"], .notFound),
            (.post, "\(request)/close", ["outcome": "answered"], .notFound),
            (.get, "/api/v1/sites/OSL/contact-report", nil, .forbidden),
            (.post, "/api/v1/sites/OSL/contact-report", ["days": 3], .forbidden),
            (.post, "/api/v1/holds/\(oslo.holdID)/release", nil, .notFound),
            (.post, "/api/v1/rollcalls", ["kind": "drill", "site": "OSL"], .forbidden),
            (.get, "/api/v1/rollcalls/current?site=OSL", nil, .forbidden),
            (.get, "/api/v1/rollcalls/\(oslo.rollCallID)", nil, .notFound),
            (.put, "/api/v1/rollcalls/\(oslo.rollCallID)/entries/\(oslo.visitID)", ["accounted": true], .notFound),
            (.post, "/api/v1/rollcalls/\(oslo.rollCallID)/end", nil, .notFound),
            (.get, "/api/v1/rollcalls/\(oslo.rollCallID)/report.html", nil, .notFound),
            (.post, "/api/v1/invites", ["name": "Per Ærø", "phone": "91234567", "hostId": hostID, "date": "2026-11-23", "site": "OSL"], .forbidden),
            (.get, "/api/v1/invites?site=OSL", nil, .forbidden),
            (.get, "/api/v1/invites/\(oslo.inviteID)", nil, .notFound),
            (.patch, "/api/v1/invites/\(oslo.inviteID)", ["date": "2026-11-24"], .notFound),
            (.delete, "/api/v1/invites/\(oslo.inviteID)", nil, .notFound),
            (.post, "/api/v1/invites/\(oslo.inviteID)/arrive", nil, .notFound),
            (.post, "/api/v1/scan", ["code": oslo.inviteCode], .notFound),
            (.post, "/api/v1/scan", ["code": oslo.badgeCode], .notFound),
            (.get, "/api/v1/printers?site=OSL", nil, .forbidden),
            (.post, "/api/v1/hosts/import?site=OSL", "Navn;E-post\nÅse Bø;ase@example.no\n", .forbidden),
            (.get, "/api/v1/hosts/directory?site=OSL", nil, .forbidden),
            (.post, "/api/v1/hosts", ["site": "OSL", "name": "Åse Bø-Ødegård"], .forbidden),
            (.put, "/api/v1/hosts/\(hostID)", ["name": "Åse Bø-Ødegård"], .notFound),
            (.post, "/api/v1/hosts/\(hostID)/deactivate", nil, .notFound),
            (.post, "/api/v1/printers", ["site": "OSL", "name": "Zebra", "queue": "Zebra", "media": "62mm"], .forbidden),
            (.patch, "/api/v1/printers/\(oslo.printerID)", ["media": "a4"], .notFound),
            (.delete, "/api/v1/printers/\(oslo.printerID)", nil, .notFound),
            (.post, "/api/v1/print-jobs", ["visitIds": [oslo.visitID], "site": "OSL"], .forbidden),
            (.get, "/api/v1/print-jobs/\(oslo.printJobID)", nil, .notFound),
            (.delete, "/api/v1/print-jobs/\(oslo.printJobID)", nil, .notFound),
            (.post, "/api/v1/staff", ["username": "ny-vakt", "password": "et langt passord", "role": "reception", "site": "OSL"], .forbidden),
            (.put, "/api/v1/staff/\(oslo.staffID)", ["role": "privacy", "site": "BGO"], .notFound),
            (.post, "/api/v1/staff/\(oslo.staffID)/password", ["password": "et langt passord"], .notFound),
            (.delete, "/api/v1/staff/\(oslo.staffID)", nil, .notFound),
            (.post, "/api/v1/sites", ["code": "TRD", "name": "Trondheim"], .forbidden),
            (.patch, "/api/v1/sites/OSL", ["visitRetentionDays": 365], .forbidden),
        ]
    }

    @Test("BGO's reception, privacy, admin and integration logins get 403 or 404 on every OSL route, and nothing changes")
    func otherSiteMatrix() async throws {
        try await APIFixture.test { fixture, client in
            let oslo = try await Self.seedOslo(client, fixture: fixture)
            let before = try await fixture.database.subjectRecords(
                SubjectIdentifiers(phone: "41234567", email: nil, name: nil), now: fixture.clock.now)
            for who in ["bergen", "vern-bgo", "admin-bgo", "kalender-bgo"] {
                let token = try await client.login(who)
                for (method, path, body, expected) in Self.routes(oslo, hostID: fixture.kari.rowID) {
                    let status = try await client.send(method, path, token: token, body: body).status
                    if status != .forbidden || expected != .notFound {
                        // A role that may not use a route at all gets 403 before the site is looked at; that leaks nothing.
                        #expect(status == expected, "\(who) \(method) \(path): \(status)")
                    }
                }
            }
            let after = try await fixture.database.subjectRecords(
                SubjectIdentifiers(phone: "41234567", email: nil, name: nil), now: fixture.clock.now)
            #expect(after == before)
            #expect(after.visits.first?.heldUntil == before.visits.first?.heldUntil)
            let invite = try await fixture.database.invite(id: oslo.inviteID, siteID: nil)
            #expect(invite.invite.visitDate == "2026-11-22" && invite.invite.visitId == nil, "the OSL invite is untouched")
            let printers = try await fixture.database.printers(siteID: nil)
            #expect(printers.count == 1 && printers.first?.printer.media == .dieCut62x100, "the OSL printer is untouched")
            let rollCall = try await fixture.database.rollCall(id: oslo.rollCallID, siteID: nil)
            #expect(rollCall.rollCall.endedAt == nil && rollCall.missing == rollCall.rollCall.total, "the OSL roll call is untouched")
        }
    }

    @Test("once a site's code has been looked up, a BGO login naming OSL still gets 403, an unknown code 404 or 403, a bad one 400")
    func siteCodesSeenBefore() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin"), bergen = try await client.login("bergen")
            let visit = { (token: String, site: String?) in
                var body: [String: Any] = [
                    "name": "Åsne Ødegård-Lie", "phone": "41234599", "hostId": fixture.bergenHost.rowID, "confirmDuplicate": true,
                ]
                body["site"] = site
                return try await client.send(.post, "/api/v1/visits", token: token, body: body).status
            }
            let hosts = { (token: String, site: String) in try await client.send(.get, "/api/v1/hosts?site=\(site)&q=p", token: token).status }
            for round in 1...2 {  // the first round looks the codes up, the second finds them remembered
                // The bound login asks first, so that its 403s in the first round come from reading the sites.
                let statuses = [
                    try await hosts(bergen, "OSL"), try await visit(bergen, "OSL"), try await hosts(bergen, "BGO"), try await visit(bergen, "BGO"),
                    try await visit(bergen, nil), try await hosts(admin, "OSL"), try await hosts(admin, "BGO"), try await visit(admin, "BGO"),
                    try await visit(admin, nil), try await hosts(admin, "XYZ"), try await hosts(bergen, "XYZ"), try await visit(admin, "x y"),
                    try await hosts(admin, "%20"),
                ]
                let expected: [HTTPResponse.Status] = [
                    .forbidden, .forbidden, .ok, .created, .created, .ok, .ok, .created, .badRequest, .notFound, .forbidden, .badRequest, .badRequest,
                ]
                #expect(statuses == expected, "round \(round)")
            }
            let visits = try await fixture.database.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM visit WHERE site_id = ?", arguments: [fixture.bergenHost.siteId])
            }
            #expect(visits == 6, "three visits a round, all at BGO")
        }
    }

    @Test("lists show a BGO login only BGO's requests, holds and audit entries")
    func listsAreScoped() async throws {
        try await APIFixture.test { fixture, client in
            let oslo = try await Self.seedOslo(client, fixture: fixture)
            let osloSite = try await fixture.database.site(code: SiteCode("OSL")).rowID
            let bergen = try await client.login("vern-bgo")
            let own = try await client.send(
                .post, "/api/v1/requests", token: bergen,
                body: [
                    "type": "access", "subject": ["phone": "41234567"], "receivedAt": "2026-11-21",
                ])
            let ownID = try own.decoded(as: RequestResponse.self).id
            let requests = try await client.send(.get, "/api/v1/requests?status=all", token: bergen).decoded(as: [RequestResponse].self)
            #expect(requests.map(\.id) == [ownID])
            #expect(try await client.send(.get, "/api/v1/holds", token: bergen).decoded(as: [HoldResponse].self).isEmpty)
            let audit = try await client.send(.get, "/api/v1/audit", token: bergen).decoded(as: [AuditEntryResponse].self)
            #expect(!audit.isEmpty && audit.allSatisfy { $0.siteId != osloSite })
            let records = try await client.send(.get, "/api/v1/requests/\(ownID)/records", token: bergen)
            #expect(try records.decoded(as: SubjectRecords.self).visits.isEmpty, "BGO's request must not find OSL's visit")
            let unbound = try await client.login("personvern")
            let all = try await client.send(.get, "/api/v1/requests?status=all", token: unbound).decoded(as: [RequestResponse].self)
            #expect(Set(all.map(\.id)) == [oslo.requestID, ownID])
        }
    }

    @Test("withdrawing a consent by address: reception 403; privacy answers alike whether or not it exists; other sites' consents stay")
    func consentWithdrawal() async throws {
        try await APIFixture.test { fixture, client in
            _ = try await Self.seedOslo(client, fixture: fixture)
            let address = try SubjectIdentifiers(phone: nil, email: "siv.akero@example.no", name: nil)
            let reception = try await client.login("resepsjon")
            #expect(
                try await client.send(.post, "/api/v1/consents/withdraw", token: reception, body: ["email": "siv.akero@example.no"]).status
                    == .forbidden)
            let bergen = try await client.login("vern-bgo")
            let other = try await client.send(.post, "/api/v1/consents/withdraw", token: bergen, body: ["email": "siv.akero@example.no"])
            let missing = try await client.send(.post, "/api/v1/consents/withdraw", token: bergen, body: ["email": "ingen.her@example.no"])
            #expect(other.status == .ok && missing.status == .ok && other.text == missing.text)
            #expect(try await fixture.database.subjectRecords(address, now: fixture.clock.now).consents.count == 1)
            let oslo = try await client.login("vern-osl")
            let withdrawn = try await client.send(.post, "/api/v1/consents/withdraw", token: oslo, body: ["email": "siv.akero@example.no"])
            #expect(withdrawn.status == .ok && withdrawn.text == missing.text)
            #expect(try await fixture.database.subjectRecords(address, now: fixture.clock.now).consents.isEmpty)
            let entries = try await fixture.database.auditEntries(AuditQuery(siteID: nil, limit: 50)).map(\.action)
            #expect(entries.filter { $0 == "consent-withdrawal-unmatched" }.count == 2 && entries.contains("consent-withdrawn"))
        }
    }
}
