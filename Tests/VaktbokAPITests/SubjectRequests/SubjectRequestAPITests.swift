import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Data-subject requests: register, verify by SMS code, export, erase, restrict")
struct SubjectRequestAPITests {
    static let subject = ["name": "Ærlig Zqxjwy-Østby", "phone": "+47 912 34 567", "email": "aerlig.zqxjwy@example.no"]

    /// Seeds the subject (a visit, a consent) and a namesake-ish second person at the same host with another phone.
    func seed(_ client: some TestClientProtocol, _ fixture: APIFixture) async throws {
        let desk = try await client.login("resepsjon")
        _ = try await client.checkIn(token: desk, name: "ÆRLIG zqxjwy-østby", phone: "91234567", hostId: fixture.kari.rowID)
        _ = try await client.checkIn(token: desk, name: "Ærlig Zqxjwy-Østbye", phone: "41112222", hostId: fixture.kari.rowID)
        _ = try await client.checkIn(token: desk, name: "Ærlig Zqxjwy-Østby", phone: "41113333", hostId: fixture.kari.rowID)
        let consent = try await client.send(
            .post, "/api/v1/consents", token: desk,
            body: [
                "name": "Ærlig Zqxjwy-Østby", "email": "Aerlig.Zqxjwy@example.no", "school": "Elvebakken vgs", "consentedBy": "pupil",
                "pupilIs15OrOlder": true, "site": "OSL",
            ])
        #expect(consent.status == .created)
    }

    func register(_ client: some TestClientProtocol, token: String, type: String) async throws -> Int64 {
        let response = try await client.send(
            .post, "/api/v1/requests", token: token,
            body: [
                "type": type, "subject": Self.subject, "receivedAt": "2026-11-20",
            ])
        #expect(response.status == .created)
        let request = try response.decoded(as: RequestResponse.self)
        #expect(request.dueAt == instant("2026-12-19T23:00:00Z") && request.status == "open" && !request.verified)
        return request.id
    }

    /// Delivers due SMS to a gateway stand-in and returns the 6-digit code it received.
    func deliverCode(_ fixture: APIFixture) async throws -> String {
        let sms = try #require(try await fixture.deliveredSMS().first { $0.body.contains("koden din er") })
        #expect(sms.body.contains("+4791234567"))
        let words = sms.body.split(whereSeparator: { !$0.isNumber }).map(String.init)
        return try #require(words.first { $0.count == 6 })
    }

    @Test("register → SMS code → export holds exactly the subject's records → erase → nothing left in the files; audit complete")
    func endToEnd() async throws {
        try await APIFixture.test { fixture, client in
            try await seed(client, fixture)
            let token = try await client.login("personvern")
            let id = try await register(client, token: token, type: "erase")
            #expect(try await client.send(.post, "/api/v1/requests/\(id)/verify", token: token).status == .accepted)
            let code = try await deliverCode(fixture)
            let wrong = try await client.send(
                .post, "/api/v1/requests/\(id)/verify/confirm", token: token, body: ["code": code == "000000" ? "000001" : "000000"])
            #expect(wrong.status == .badRequest && wrong.error.message == "the code is wrong; 4 tries left")
            let right = try await client.send(.post, "/api/v1/requests/\(id)/verify/confirm", token: token, body: ["code": code])
            let confirmed = try right.decoded(as: RequestResponse.self)
            #expect(right.status == .ok && confirmed.verified && confirmed.verificationMethod == "sms-code")

            let export = try await client.send(.get, "/api/v1/requests/\(id)/export", token: token)
            #expect(export.status == .ok && export.headers[.cacheControl] == "no-store")
            let records = try export.decoded(as: SubjectExport.self).records
            #expect(records.visits.map(\.name) == ["ÆRLIG zqxjwy-østby"] && records.visits[0].phone == "+4791234567")
            #expect(records.visits[0].deletedFrom == "2026-12-03")
            #expect(records.consents.isEmpty, "the SMS code proves the phone, not the e-mail address")
            let email = try await client.send(
                .post, "/api/v1/requests/\(id)/verify/manual", token: token,
                body: [
                    "method": "reply from the address on file", "covers": ["email"],
                ])
            #expect(try email.decoded(as: RequestResponse.self).verifiedIdentifiers == [.email, .phone])
            let both = try await client.send(.get, "/api/v1/requests/\(id)/export", token: token)
            let consents = try both.decoded(as: SubjectExport.self).records.consents
            #expect(consents.count == 1 && consents[0].matchedBy == [.email, .name])
            #expect(!export.text.contains("41112222") && !export.text.contains("41113333") && !export.text.contains("Østbye"))
            let page = try await client.send(.get, "/api/v1/requests/\(id)/export?format=html", token: token)
            #expect(page.text.contains("ÆRLIG zqxjwy-østby") && page.text.contains("Deleted from") && !page.text.contains("41112222"))

            let path = fixture.database.path
            #expect(try RawFiles.occurrences(of: "+4791234567", databasePath: path) > 0)
            let erased = try await client.send(.post, "/api/v1/requests/\(id)/erase", token: token)
            let erasure = try erased.decoded(as: ErasureResult.self)
            #expect(erased.status == .ok && erasure.visits == 1 && erasure.consents == 1 && erasure.walCheckpointed)
            for needle in ["+4791234567", "ÆRLIG zqxjwy", "aerlig.zqxjwy", "Aerlig.Zqxjwy"] {
                #expect(try RawFiles.occurrences(of: needle, databasePath: path) == 0, "\(needle) is still in the files")
            }
            #expect(try RawFiles.occurrences(of: "+4741112222", databasePath: path) > 0, "the other people stay")
            #expect(
                try await client.send(.post, "/api/v1/requests/\(id)/close", token: token, body: ["outcome": "erased; copy sent by post"]).status
                    == .ok)

            let audit = try await client.send(.get, "/api/v1/audit?limit=50", token: token)
            let actions = try audit.decoded(as: [AuditEntryResponse].self).map(\.action)
            for action in [
                "request-registered", "verification-code-sent", "verification-code-checked", "subject-export", "subject-erase", "request-closed",
            ] {
                #expect(actions.contains(action), "\(action) missing from the audit log")
            }
            #expect(!audit.text.lowercased().contains("zqxjwy") && !audit.text.contains("91234567") && !audit.text.contains(code))
        }
    }

    @Test("five wrong codes lock SMS verification; unverified export and erase are refused with 409")
    func lockAndRefusals() async throws {
        try await APIFixture.test { fixture, client in
            try await seed(client, fixture)
            let token = try await client.login("personvern")
            let id = try await register(client, token: token, type: "erase")
            for path in ["export", "erase"] {
                let refused = try await client.send(path == "export" ? .get : .post, "/api/v1/requests/\(id)/\(path)", token: token)
                #expect(refused.status == .conflict && refused.error.message?.contains("not verified") == true)
            }
            _ = try await client.send(.post, "/api/v1/requests/\(id)/verify", token: token)
            let code = try await deliverCode(fixture)
            let wrongCode = code == "123456" ? "654321" : "123456"
            var answers: [Int] = []
            for _ in 1...5 {
                answers.append(
                    Int(try await client.send(.post, "/api/v1/requests/\(id)/verify/confirm", token: token, body: ["code": wrongCode]).status.code))
            }
            #expect(answers == [400, 400, 400, 400, 409])
            let locked = try await client.send(.post, "/api/v1/requests/\(id)/verify/confirm", token: token, body: ["code": code])
            #expect(locked.status == .conflict && locked.error.message?.contains("locked") == true)
            #expect(try await client.send(.post, "/api/v1/requests/\(id)/verify", token: token).status == .conflict)
            #expect(try await client.send(.post, "/api/v1/requests/\(id)/erase", token: token).status == .conflict)
            let manual = try await client.send(
                .post, "/api/v1/requests/\(id)/verify/manual", token: token,
                body: ["method": "ID card checked at reception", "covers": ["name", "phone"]])
            #expect(try manual.decoded(as: RequestResponse.self).verificationMethod == "ID card checked at reception")
            let open = try await client.send(.get, "/api/v1/requests?status=open", token: token).decoded(as: [RequestResponse].self)
            #expect(open.map(\.id) == [id] && open[0].verified && open[0].codeLocked, "still open, verified by hand, SMS locked")
        }
    }

    @Test("a restricted record survives the purge, is listed in /holds, and erasure is refused while the hold lasts")
    func restriction() async throws {
        try await APIFixture.test { fixture, client in
            try await seed(client, fixture)
            let token = try await client.login("personvern")
            let restrict = try await register(client, token: token, type: "restrict")
            let held = try await client.send(
                .post, "/api/v1/requests/\(restrict)/restrict", token: token, body: ["until": "2027-03-31", "reason": "complaint 2026-7"])
            #expect(try held.decoded(as: [String: Int].self) == ["visitsHeld": 1])
            let holds = try await client.send(.get, "/api/v1/holds", token: token).decoded(as: [HoldResponse].self)
            #expect(holds.map(\.requestId) == [restrict] && holds[0].reason == "complaint 2026-7")

            var options = PurgeOptions(now: fixture.clock.now.addingTimeInterval(40 * 86_400))
            options.pause = .zero
            let purge = try await fixture.database.purge(options)
            #expect(purge.deleted["visit"] == 2 && purge.heldBack["visit"] == 1)

            let fresh = try await client.login("personvern")
            let erase = try await register(client, token: fresh, type: "erase")
            _ = try await client.send(
                .post, "/api/v1/requests/\(erase)/verify/manual", token: fresh, body: ["method": "ID card checked", "covers": ["name"]])
            let refused = try await client.send(.post, "/api/v1/requests/\(erase)/erase", token: fresh)
            #expect(refused.status == .conflict && refused.error.message?.contains("under a hold until 2027-03-31T22:00:00Z") == true)
            #expect(try RawFiles.occurrences(of: "+4791234567", databasePath: fixture.database.path) > 0)
        }
    }

    @Test("rectify corrects the name on every record; the audit names the field, not the values")
    func rectify() async throws {
        try await APIFixture.test { fixture, client in
            try await seed(client, fixture)
            let token = try await client.login("personvern")
            let id = try await register(client, token: token, type: "rectify")
            _ = try await client.send(
                .post, "/api/v1/requests/\(id)/verify/manual", token: token,
                body: ["method": "known to the officer", "covers": ["name", "phone", "email"]])
            let fixed = try await client.send(.post, "/api/v1/requests/\(id)/rectify", token: token, body: ["name": "Ærlig Zqxjwy-Østby Hansen"])
            #expect(try fixed.decoded(as: [String: Int].self) == ["records": 2])
            let records = try await client.send(.get, "/api/v1/requests/\(id)/records", token: token).decoded(as: SubjectRecords.self)
            #expect(records.visits.first?.name == "Ærlig Zqxjwy-Østby Hansen")
            let audit = try await client.send(.get, "/api/v1/audit?limit=5", token: token)
            #expect(audit.text.contains("\"fields\":\"name\"") && !audit.text.contains("Hansen"))
        }
    }

    @Test(
        "bad registrations get 400 naming the field; reception may not see the register",
        arguments: [
            (#"{"type": "delete", "subject": {"phone": "91234567"}, "receivedAt": "2026-11-20"}"#, "type"),
            (#"{"type": "erase", "subject": {}, "receivedAt": "2026-11-20"}"#, "subject"),
            (#"{"type": "erase", "subject": {"phone": "123"}, "receivedAt": "2026-11-20"}"#, "subject.phone"),
            (#"{"type": "erase", "subject": {"phone": "91234567"}, "receivedAt": "2027-01-01"}"#, "receivedAt"),
            (#"{"type": "erase", "subject": {"phone": "91234567"}, "receivedAt": "yesterday"}"#, "receivedAt"),
        ])
    func badRegistrations(body: String, field: String) async throws {
        try await APIFixture.test { fixture, client in
            let response = try await client.send(.post, "/api/v1/requests", token: try await client.login("personvern"), body: body)
            #expect(response.status == .badRequest && response.error.field == field)
            let desk = try await client.send(.get, "/api/v1/requests", token: try await client.login("resepsjon"))
            #expect(desk.status == .forbidden)
        }
    }

    @Test(
        "bad step input gets 400 naming the field and changes nothing",
        arguments: [
            ("verify/confirm", #"{"code": "12ab56"}"#, "code"),
            ("verify/manual", #"{"method": "ok"}"#, "method"),
            ("rectify", #"{}"#, "name"),
            ("rectify", #"{"phone": "123"}"#, "phone"),
            ("restrict", #"{"until": "31.03.2027", "reason": "complaint"}"#, "until"),
            ("restrict", #"{"until": "2027-03-31", "reason": ""}"#, "reason"),
            ("close", #"{"outcome": "a\nb"}"#, "outcome"),
        ])
    func badSteps(step: String, body: String, field: String) async throws {
        try await APIFixture.test(signedInAs: "personvern") { fixture, client, token in
            let type = ["rectify": "rectify", "restrict": "restrict"][step] ?? "access"
            let id = try await register(client, token: token, type: type)
            if step == "rectify" {
                _ = try await client.send(.post, "/api/v1/requests/\(id)/verify/manual", token: token, body: ["method": "ID card checked"])
            }
            let response = try await client.send(.post, "/api/v1/requests/\(id)/\(step)", token: token, body: body)
            #expect(response.status == .badRequest && response.error.field == field, "\(step): \(response.status) \(response.text)")
            #expect(try await client.send(.get, "/api/v1/holds", token: token).text == "[]")
            #expect(try await client.send(.get, "/api/v1/requests/\(id)", token: token).decoded(as: RequestResponse.self).status == "open")
        }
    }
}
