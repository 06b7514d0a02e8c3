import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Apprenticeship consent: who may give it, how long it lasts, withdrawal that erases")
struct ConsentAPITests {
    static let email = "kanarifugl.zqxjwy@example.no"

    func consent(_ client: some TestClientProtocol, token: String, by giver: String = "pupil", is15: Bool = true) async throws -> TestResponse {
        try await client.send(
            .post, "/api/v1/consents", token: token,
            body: [
                "name": "Øystein Kanarifugl-Ås", "email": Self.email, "school": "Hartvig Nissen vgs", "consentedBy": giver,
                "pupilIs15OrOlder": is15, "site": "OSL", "textVersion": "2026-11",
            ])
    }

    @Test("a pupil under 15 cannot consent for themself; a guardian can; the consent lasts 12 months")
    func whoMayConsent() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let refused = try await consent(client, token: token, is15: false)
            #expect(refused.status == .badRequest && refused.error.field == "consentedBy")
            #expect(refused.error.message == "consentedBy must be guardian: a pupil under 15 cannot consent for themself")
            let guardian = try await consent(client, token: token, by: "guardian", is15: false)
            #expect(guardian.status == .created && guardian.headers[.cacheControl] == "no-store")
            let recorded = try guardian.decoded(as: ConsentResponse.self)
            #expect(recorded.consentedAt == instant("2026-11-22T09:00:00Z") && recorded.expiresAt == instant("2027-11-22T09:00:00Z"))
            #expect(recorded.textVersion == "2026-11" && !guardian.text.contains("withdrawToken"))
            let twice = try await consent(client, token: token)
            #expect(twice.status == .conflict)
            let text = try await client.send(.get, "/api/v1/consents/text", token: token)
            let shown = try text.decoded(as: ConsentTextResponse.self)
            #expect(shown.version == "2026-11" && shown.text["nb"]?.contains("læreplasser") == true)
        }
    }

    @Test(
        "bad consents get 4xx naming the field",
        arguments: [
            (["consentedBy": "teacher"], "consentedBy"), (["email": "not-an-address"], "email"), (["name": "X"], "name"),
            (["school": ""], "school"), (["textVersion": "2025-01"], "textVersion"),
        ])
    func refused(change: [String: String], field: String) async throws {
        try await APIFixture.test { fixture, client in
            var body: [String: Any] = [
                "name": "Siv Åkerø", "email": "siv@example.no", "school": "Elvebakken", "consentedBy": "pupil", "pupilIs15OrOlder": true,
            ]
            body.merge(change) { $1 }
            let response = try await client.send(.post, "/api/v1/consents", token: try await client.login("resepsjon"), body: body)
            #expect((400...409).contains(response.status.code) && response.error.field == field)
        }
    }

    @Test("withdrawal with the token from the e-mail's link, without signing in, erases the row and its e-mails from the files")
    func withdrawByToken() async throws {
        try await APIFixture.test { fixture, client in
            #expect(try await consent(client, token: try await client.login("resepsjon")).status == .created)
            let mailing = try await fixture.database.mailConsents(
                subject: "Læreplass hos oss", body: "Hei!", withdrawBase: "https://vaktbok.example.no/withdraw.html#token=",
                actor: "test", now: fixture.clock.now
            )
            #expect(mailing.queued == 1 && mailing.refused == 0)
            // A day ahead: the app's own delivery service may already have tried (and postponed) the mail.
            let mail = try #require(try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(86_400), limit: 10).first)
            #expect(mail.recipient == Self.email && mail.body.hasPrefix("Hei!\n\n--\n"))
            let token = try #require(mail.body.components(separatedBy: "#token=").last?.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(try RawFiles.occurrences(of: "zqxjwy", databasePath: fixture.database.path) > 0)

            let wrong = try await client.send(.post, "/api/v1/consents/withdraw", body: ["token": String(repeating: "A", count: 32)])
            #expect(wrong.status == .notFound)
            let withdrawn = try await client.send(.post, "/api/v1/consents/withdraw", body: ["token": token])
            #expect(try withdrawn.status == .ok && (withdrawn.decoded(as: [String: Bool].self)) == ["withdrawn": true])
            #expect(try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(86_400), limit: 10).isEmpty)
            #expect(try RawFiles.occurrences(of: "zqxjwy", databasePath: fixture.database.path) == 0)
            #expect(try RawFiles.occurrences(of: "Kanarifugl", databasePath: fixture.database.path) == 0)
            let again = try await client.send(.post, "/api/v1/consents/withdraw", body: ["token": token])
            #expect(again.status == .notFound, "the link is spent: the page says the consent no longer exists")
            for bad in ["kort", String(repeating: "A", count: 31) + "\u{0}", String(repeating: "Å", count: 32)] {
                #expect(try await client.send(.post, "/api/v1/consents/withdraw", body: ["token": bad]).status == .badRequest)
            }
            let audit = try await client.send(.get, "/api/v1/audit", token: try await client.login("admin"))
            #expect(audit.text.contains("consent-withdrawn") && !audit.text.contains("zqxjwy"))
        }
    }

    @Test("staff withdraw by e-mail address only when signed in with a privacy or admin login")
    func withdrawByStaff() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            #expect(try await consent(client, token: token).status == .created)
            let anonymous = try await client.send(.post, "/api/v1/consents/withdraw", body: ["email": Self.email.uppercased()])
            #expect(anonymous.status == .unauthorized)
            let desk = try await client.send(.post, "/api/v1/consents/withdraw", token: token, body: ["email": Self.email.uppercased()])
            #expect(desk.status == .forbidden)
            let officer = try await client.login("personvern")
            let staff = try await client.send(.post, "/api/v1/consents/withdraw", token: officer, body: ["email": Self.email.uppercased()])
            #expect(staff.status == .ok)
            #expect(try await consent(client, token: token).status == .created)
            let neither = try await client.send(.post, "/api/v1/consents/withdraw", body: [:] as [String: String])
            #expect(neither.status == .badRequest)
        }
    }
}
