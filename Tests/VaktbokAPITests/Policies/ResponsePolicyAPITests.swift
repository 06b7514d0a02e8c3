import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("One response policy for the whole API, errors included")
struct ResponsePolicyAPITests {
    @Test("every API answer, success or error, is no-store and carries the security headers")
    func headers() async throws {
        try await APIFixture.test { fixture, client in
            let desk = try await client.login("resepsjon"), officer = try await client.login("personvern")
            let visit = try await client.checkIn(token: desk, hostId: fixture.kari.rowID)
            let answers: [(String, TestResponse)] = [
                ("sign-in", try await client.send(.post, "/api/v1/session", body: ["username": "admin", "password": APIFixture.password])),
                (
                    "check-in",
                    try await client.send(
                        .post, "/api/v1/visits", token: desk, body: ["name": "Per Ærø", "phone": "91234568", "hostId": fixture.kari.rowID])
                ),
                ("visit", try await client.send(.get, "/api/v1/visits/\(visit.id)", token: desk)),
                ("on-site", try await client.send(.get, "/api/v1/sites/OSL/onsite", token: desk)),
                ("holds", try await client.send(.get, "/api/v1/holds", token: officer)),
                ("audit", try await client.send(.get, "/api/v1/audit", token: officer)),
                ("401", try await client.send(.get, "/api/v1/holds")),
                ("403", try await client.send(.get, "/api/v1/holds", token: desk)),
                ("404", try await client.send(.get, "/api/v1/visits/999999", token: desk)),
                ("404 route", try await client.send(.get, "/api/v1/nowhere", token: desk)),
                ("400", try await client.send(.post, "/api/v1/visits", token: desk, body: "{")),
                ("413", try await client.send(.post, "/api/v1/visits", token: desk, body: String(repeating: " ", count: 70_000))),
            ]
            for (what, answer) in answers {
                #expect(answer.headers[.cacheControl] == "no-store", "\(what)")
                #expect(
                    answer.headers[.xContentTypeOptions] == "nosniff"
                        && answer.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(what)")
            }
        }
    }
}
