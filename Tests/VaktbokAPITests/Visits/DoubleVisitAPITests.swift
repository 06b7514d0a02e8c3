import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VaktbokAPI

@Suite("POST /api/v1/visits makes one visit per intention: idempotency keys and the same person on site")
struct DoubleVisitAPITests {
    /// A check-in of `name` with `key` as the Idempotency-Key.
    private func checkIn(
        _ client: some TestClientProtocol, _ fixture: APIFixture, token: String, name: String = "Åse Dobbeltsen-Ødegård", key: String?,
        extra: [String: Any] = [:]
    ) async throws -> TestResponse {
        let body: [String: Any] = ["name": name, "phone": "412 34 567", "hostId": fixture.kari.rowID].merging(extra) { $1 }
        return try await client.send(
            .post, "/api/v1/visits", token: token, body: body, headers: key.map { [VisitRoutes.idempotencyKeyField: $0] } ?? [:])
    }

    @Test("the same key and content answer with the same visit, marked as replayed; other content with that key is a 422")
    func replay() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            let first = try await checkIn(client, fixture, token: token, key: "kiosk-7f3a")
            let again = try await checkIn(client, fixture, token: token, key: "kiosk-7f3a")
            #expect(first.status == .created && again.status == .created)
            #expect(try again.decoded(as: VisitResponse.self).id == first.decoded(as: VisitResponse.self).id)
            #expect(again.headers[VisitRoutes.replayed] == "true" && first.headers[VisitRoutes.replayed] == nil)
            let other = try await checkIn(client, fixture, token: token, name: "Per Annensen", key: "kiosk-7f3a")
            #expect(other.status == .unprocessableContent && other.error.field == "Idempotency-Key")
            #expect(try await client.onSiteCount(site: "OSL", token: token) == 1)
            let admin = try await client.login("admin")
            let theirs = try await checkIn(client, fixture, token: admin, key: "kiosk-7f3a", extra: ["site": "OSL", "confirmDuplicate": true])
            #expect(theirs.status == .created && theirs.headers[VisitRoutes.replayed] == nil, "keys are per staff member")
        }
    }

    @Test("the same name and phone on site already is a 409 naming that visit, unless the desk confirms a second visit")
    func samePerson() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            let first = try await checkIn(client, fixture, token: token, key: nil).decoded(as: VisitResponse.self)
            let twin = try await checkIn(client, fixture, token: token, name: "ÅSE dobbeltsen-ødegård", key: nil)
            #expect(twin.status == .conflict && twin.error.field == "duplicate")
            #expect(try twin.decoded(as: ErrorBody.self).error.visitId == first.id && !twin.text.contains("412"), "names the visit, not the person")
            let kept = try await checkIn(client, fixture, token: token, key: nil, extra: ["confirmDuplicate": true])
            let second = try kept.decoded(as: VisitResponse.self)
            #expect(kept.status == .created && second.id != first.id)
            for id in [first.id, second.id] { _ = try await client.send(.post, "/api/v1/visits/\(id)/checkout", token: token) }
            #expect(try await checkIn(client, fixture, token: token, key: nil).status == .created, "checked out: no longer a double")
        }
    }

    @Test("bad keys are 400s naming the header", arguments: ["", String(repeating: "k", count: 256), "nøkkel", "two words"])
    func badKeys(key: String) async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            let answer = try await checkIn(client, fixture, token: token, key: key)
            #expect(answer.status == .badRequest && answer.error.field == "Idempotency-Key", "\(answer.text)")
            #expect(try await client.onSiteCount(site: "OSL", token: token) == 0)
        }
    }
}
