import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Signed-in requests are checked against sessions remembered for at most a second")
struct SessionCacheAPITests {
    @Test("a session ended outside this server (the CLI, another process) stops working within one second, no later")
    func endedElsewhere() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await client.login("resepsjon")
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .ok)
            let desk = try #require(try await fixture.database.staff(username: "resepsjon"))
            _ = try await fixture.database.setPassword(id: desk.rowID, passwordHash: "$2b$04$x", actor: "cli:test", now: fixture.clock.now)
            fixture.clock.advance(by: 0.9)
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .ok, "remembered for under a second")
            fixture.clock.advance(by: 0.1)
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .unauthorized, "a second after the check, asked again")
        }
    }

    @Test("a sign-out, and a password, role or removal changed through this server, end the session at once")
    func endedHere() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let own = try await client.login("resepsjon")
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: own).status == .ok)
            #expect(try await client.send(.delete, "/api/v1/session", token: own).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: own).status == .unauthorized)

            let desk = try #require(try await fixture.database.staff(username: "resepsjon")).rowID
            for (method, path, body) in [
                (HTTPRequest.Method.post, "/api/v1/staff/\(desk)/password", ["password": APIFixture.password] as [String: Any]),
                (.put, "/api/v1/staff/\(desk)", ["role": "firewarden", "site": "OSL"]), (.delete, "/api/v1/staff/\(desk)", nil),
            ] as [(HTTPRequest.Method, String, [String: Any]?)] {
                let token = try await client.login("resepsjon")
                #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .ok)
                #expect(try await client.send(method, path, token: admin, body: body).status.code < 300, "\(method) \(path)")
                #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .unauthorized, "\(method) \(path)")
            }
        }
    }

    @Test("an expired session is never answered from memory")
    func expiry() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await client.login("resepsjon")
            fixture.clock.advance(by: 12 * 3_600 - 0.5)
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .ok)
            fixture.clock.advance(by: 0.5)
            #expect(try await client.send(.get, "/api/v1/sites/OSL", token: token).status == .unauthorized)
        }
    }
}
