import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Roles and sites decide who may do what")
struct AccessAPITests {
    /// Every front-desk route, with a body where it needs one.
    static func frontDeskRoutes(visitID: Int, hostID: Int64) -> [(HTTPRequest.Method, String, Any?)] {
        [
            (.post, "/api/v1/visits", ["name": "Per Ærø", "phone": "91234567", "hostId": hostID, "site": "OSL"]),
            (.get, "/api/v1/visits/\(visitID)", nil),
            (.get, "/api/v1/visits/\(visitID)/qr.png", nil),
            (.get, "/api/v1/visits/\(visitID)/qr.svg", nil),
            (.get, "/api/v1/visits/\(visitID)/badge.svg", nil),
            (.post, "/api/v1/checkout", ["badgeCode": "AAAAAAAAAAAAAAAAAAAAAA"]),
            (.post, "/api/v1/visits/999999/checkout", nil),
            (.get, "/api/v1/sites/OSL/onsite", nil),
            (.get, "/api/v1/hosts?site=OSL&q=k", nil),
        ]
    }

    @Test("no token → 401, privacy role → 403, reception and admin → allowed, on every front-desk route")
    func matrix() async throws {
        let fixture = try await APIFixture()
        try await fixture.app().test(.router) { client in
            let reception = try await client.login("resepsjon")
            let visit = try await client.checkIn(token: reception, hostId: fixture.kari.rowID)
            let routes = Self.frontDeskRoutes(visitID: try #require(visit["id"] as? Int), hostID: fixture.kari.rowID)
            let tokens = [
                "none": nil, "garbage": "not-a-token", "personvern": try await client.login("personvern"),
                "resepsjon": reception, "admin": try await client.login("admin"),
            ]
            for (method, path, body) in routes {
                for (who, token) in tokens {
                    let status = try await client.send(method, path, token: token, body: body).status
                    switch who {
                    case "none", "garbage": #expect(status == .unauthorized, "\(who) \(method) \(path)")
                    case "personvern": #expect(status == .forbidden, "\(who) \(method) \(path)")
                    default: #expect(status != .unauthorized && status != .forbidden, "\(who) \(method) \(path): \(status)")
                    }
                }
            }
        }
    }

    @Test("reception bound to another site sees nothing of OSL")
    func wrongSite() async throws {
        let fixture = try await APIFixture()
        try await fixture.app().test(.router) { client in
            let oslo = try await client.login("resepsjon")
            let visit = try await client.checkIn(token: oslo, hostId: fixture.kari.rowID)
            let id = try #require(visit["id"] as? Int)
            let bergen = try await client.login("bergen")
            #expect(try await client.send(.get, "/api/v1/visits/\(id)", token: bergen).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/visits/\(id)/qr.png", token: bergen).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: bergen).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/hosts?site=OSL", token: bergen).status == .forbidden)
            let checkout = try await client.send(.post, "/api/v1/checkout", token: bergen, body: ["badgeCode": visit["badgeCode"] as Any])
            #expect(checkout.status == .notFound)
            let own = try await client.send(.get, "/api/v1/hosts", token: bergen)
            #expect(own.text.contains("Per Ærø") && !own.text.contains("Kari"))
            #expect(try await client.send(.get, "/api/v1/sites/BGO/onsite", token: bergen).json["count"] as? Int == 0)
        }
    }
}
