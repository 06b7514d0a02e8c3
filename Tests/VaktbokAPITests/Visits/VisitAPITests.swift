import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Check-in and check-out over HTTP")
struct VisitAPITests {
    @Test("check-in answers 201 with id, badge code, site, host and time")
    func checkIn() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let response = try await client.send(
                .post, "/api/v1/visits", token: token,
                body: [
                    "name": "  Ærlig  Østby-Ås ", "phone": "412 34 567", "hostId": fixture.kari.rowID,
                ])
            #expect(response.status == .created)
            let visit = try response.decoded(as: VisitResponse.self)
            #expect(visit.site == "OSL" && visit.host.name == "Kari Nordmann" && visit.host.id == fixture.kari.rowID)
            #expect(visit.visitor.name == "Ærlig Østby-Ås" && visit.visitor.phone == "+4741234567")
            #expect(visit.checkedInAt == instant("2026-11-22T09:00:00Z") && visit.checkedOutAt == nil)
            #expect(visit.badgeCode.count == 22)
            let fetched = try await client.send(.get, "/api/v1/visits/\(visit.id)", token: token)
            #expect(try fetched.decoded(as: VisitResponse.self).badgeCode == visit.badgeCode)
        }
    }

    @Test(
        "bad check-ins are 4xx naming the field",
        arguments: [
            (["name": "K", "phone": "91234567", "hostId": "@kari"], 400, "name"),
            (["name": "Kari <script>", "phone": "91234567", "hostId": "@kari"], 400, "name"),
            (["name": "Per Ærø", "phone": "22123456", "hostId": "@kari"], 400, "phone"),
            (["name": "Per Ærø", "phone": "91234567", "hostId": "one"], 400, "hostId"),
            (["name": "Per Ærø", "phone": "91234567"], 400, "hostId"),
            (["name": "Per Ærø", "phone": 91_234_567, "hostId": "@kari"], 400, "phone"),
            (["name": "Per Ærø", "phone": "91234567", "hostId": 999], 404, "hostId"),
            (["name": "Per Ærø", "phone": "91234567", "hostId": "@bergen"], 404, "hostId"),
            (["name": "Per Ærø", "phone": "91234567", "hostId": "@inactive"], 400, "hostId"),
            (["name": "Per Ærø", "phone": "91234567", "hostId": "@kari", "site": "BGO"], 403, "site"),
        ] as [([String: any Sendable], Int, String)])
    func badCheckIns(body: [String: any Sendable], status: Int, field: String) async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let response = try await client.send(.post, "/api/v1/visits", token: token, body: fixture.resolvingHosts(body))
            #expect(response.status.code == status)
            #expect(response.error.field == field)
            #expect(response.error.message?.isEmpty == false)
            #expect(try await client.onSiteCount(site: "OSL", token: token) == 0)
        }
    }

    @Test("staff not bound to a site must name an existing one")
    func unboundStaffSite() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, token in
            let missing = try await client.send(
                .post, "/api/v1/visits", token: token, body: ["name": "Per Ærø", "phone": "91234567", "hostId": fixture.kari.rowID])
            #expect(missing.status == .badRequest && missing.error.field == "site")
            let unknown = try await client.send(
                .post, "/api/v1/visits", token: token, body: ["name": "Per Ærø", "phone": "91234567", "hostId": fixture.kari.rowID, "site": "TRD"])
            #expect(unknown.status == .notFound && unknown.error.field == "site")
            let bad = try await client.send(
                .post, "/api/v1/visits", token: token, body: ["name": "Per Ærø", "phone": "91234567", "hostId": fixture.kari.rowID, "site": "O S L"])
            #expect(bad.status == .badRequest && bad.error.field == "site")
        }
    }

    @Test("check-out by badge code: 200, then 409; unknown 404; malformed 400")
    func checkOut() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let visit = try await client.checkIn(token: token, hostId: fixture.kari.rowID)
            let code = visit.badgeCode
            fixture.clock.advance(by: 5400)
            let out = try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": code])
            #expect(out.status == .ok)
            let checkedOut = try out.decoded(as: VisitResponse.self)
            #expect(checkedOut.checkedOutAt == instant("2026-11-22T10:30:00Z") && checkedOut.checkoutKind == .badge)
            #expect(try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": code]).status == .conflict)
            let unknown = try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": "AAAAAAAAAAAAAAAAAAAAAA"])
            #expect(unknown.status == .notFound && unknown.error.field == "badgeCode")
            let malformed = try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": "not a code"])
            #expect(malformed.status == .badRequest && malformed.error.field == "badgeCode")
        }
    }

    @Test("visit ids that are not numbers are 400, unknown ones 404")
    func visitIDs() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, token in
            #expect(try await client.send(.get, "/api/v1/visits/abc", token: token).status == .badRequest)
            #expect(try await client.send(.get, "/api/v1/visits/999/badge.svg", token: token).status == .notFound)
            let route = try await client.send(.get, "/api/v1/nothing-here", token: token)
            #expect(route.status == .notFound && route.error.message != nil)
        }
    }
}
