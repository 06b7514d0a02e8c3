import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VaktbokAPI

@Suite("Sign-in, sign-out and throttling")
struct SessionAPITests {
    @Test("sign-in returns a token valid for 12 hours; sign-out revokes it")
    func signInAndOut() async throws {
        try await APIFixture.test { fixture, client in
            let response = try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": APIFixture.password])
            #expect(response.status == .created)
            let session = try response.decoded(as: LoginResponse.self)
            #expect(session.role == .reception && session.site == "OSL")
            #expect(session.expiresAt == instant("2026-11-22T21:00:00Z"))
            let token = session.token
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token).status == .ok)
            #expect(try await client.send(.delete, "/api/v1/session", token: token).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token).status == .unauthorized)
        }
    }

    @Test("a session ends after 12 hours")
    func expiry() async throws {
        try await APIFixture.test(signedInAs: "admin") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            fixture.clock.advance(by: 12 * 3600 - 1)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token).status == .ok)
            fixture.clock.advance(by: 1)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token).status == .unauthorized)
        }
    }

    @Test("wrong password and unknown user get the same 401")
    func wrongCredentials() async throws {
        try await APIFixture.test { fixture, client in
            let wrong = try await client.send(.post, "/api/v1/session", body: ["username": "admin", "password": "feil passord"])
            let unknown = try await client.send(.post, "/api/v1/session", body: ["username": "ingen", "password": "feil passord"])
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.error.message == unknown.error.message)
        }
    }

    @Test("after 5 failures in 15 minutes even the right password gets 429 until the window ends")
    func throttling() async throws {
        try await APIFixture.test { fixture, client in
            for _ in 0..<5 {
                let response = try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": "gjett igjen"])
                #expect(response.status == .unauthorized)
                fixture.clock.advance(by: 60)
            }
            let locked = try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": APIFixture.password])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter] == "600")
            #expect(try await client.send(.post, "/api/v1/session", body: ["username": "admin", "password": APIFixture.password]).status == .created)
            fixture.clock.advance(by: 600)
            _ = try await client.login("resepsjon")
        }
    }

    @Test(
        "bad sign-in bodies are 4xx with a JSON message",
        arguments: [
            ("{\"username\": \"admin\"}", 400, "password"),
            ("{\"username\": 5, \"password\": \"x\"}", 400, "username"),
            ("{\"username\": \"\", \"password\": \"x\"}", 400, "username"),
            ("{not json", 400, nil),
            ("", 400, nil),
        ])
    func badBodies(body: String, status: Int, field: String?) async throws {
        try await APIFixture.test { fixture, client in
            let response = try await client.send(.post, "/api/v1/session", body: body)
            #expect(response.status.code == status)
            #expect(response.error.message != nil)
            #expect(response.error.field == field)
        }
    }

    @Test("bodies over 64 KiB are refused with 413")
    func oversized() async throws {
        try await APIFixture.test { fixture, client in
            let huge = "{\"username\": \"" + String(repeating: "a", count: 70_000) + "\", \"password\": \"x\"}"
            let response = try await client.send(.post, "/api/v1/session", body: huge)
            #expect(response.status == .contentTooLarge)
            #expect(response.error.message != nil)
        }
    }

    @Test("passwords are stored only as bcrypt hashes")
    func bcryptAtRest() async throws {
        let fixture = try await APIFixture()
        let file = try String(decoding: Data(contentsOf: URL(fileURLWithPath: fixture.database.path)), as: UTF8.self)
        #expect(!file.contains(APIFixture.password))
        let staff = try #require(try await fixture.database.staff(username: "admin"))
        #expect(staff.passwordHash.hasPrefix("$2b$04$") && staff.passwordHash.count == 60)
    }
}
