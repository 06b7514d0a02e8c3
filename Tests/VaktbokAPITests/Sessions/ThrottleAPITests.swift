import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokTestSupport

@Suite("Sign-in throttling holds under concurrency and across clients")
struct ThrottleAPITests {
    static let wrong: [String: String] = ["username": "resepsjon", "password": "gjett igjen nå"]

    @Test("200 simultaneous wrong guesses: at most 5 are checked (401), the rest get 429 with Retry-After")
    func parallelGuesses() async throws {
        try await APIFixture.test { fixture, client in
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        let answer = try await client.send(.post, "/api/v1/session", body: Self.wrong)
                        return (answer.status, answer.headers[.retryAfter])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0 == .unauthorized }.count == 5)
            #expect(statuses.filter { $0.0 == .tooManyRequests }.allSatisfy { $0.1 != nil } && statuses.count == 200)
            #expect(
                try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": APIFixture.password]).status
                    == .tooManyRequests)
        }
    }

    @Test("behind a trusted proxy each forwarded client is counted on its own; a stranger cannot lock the desk out")
    func trustedProxy() async throws {
        let fixture = try await APIFixture()
        let app = fixture.app { $0.trustedProxies = ["127.0.0.1"] }
        try await app.test(.live) { (client: any TestClientProtocol) async throws in
            let stranger: HTTPFields = [HTTPFields.Element.Name("X-Forwarded-For")!: "203.0.113.7"]
            let desk: HTTPFields = [HTTPFields.Element.Name("X-Forwarded-For")!: "198.51.100.20, 127.0.0.1"]
            for _ in 0..<5 { #expect(try await client.send(.post, "/api/v1/session", body: Self.wrong, headers: stranger).status == .unauthorized) }
            #expect(try await client.send(.post, "/api/v1/session", body: Self.wrong, headers: stranger).status == .tooManyRequests)
            let signIn = ["username": "resepsjon", "password": APIFixture.password]
            #expect(try await client.send(.post, "/api/v1/session", body: signIn, headers: desk).status == .created)
        }
    }

    @Test("one client spraying usernames is stopped after 20 failures, whatever it forwards when no proxy is trusted")
    func sprayIgnoresForwardedFor() async throws {
        let fixture = try await APIFixture()
        try await fixture.app().test(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for number in 0..<25 {
                let forged: HTTPFields = [HTTPFields.Element.Name("X-Forwarded-For")!: "10.9.9.\(number)"]
                statuses.append(
                    try await client.send(
                        .post, "/api/v1/session", body: ["username": "gjest\(number)", "password": "feil passord"], headers: forged
                    ).status)
            }
            #expect(statuses.prefix(20).allSatisfy { $0 == .unauthorized } && statuses.dropFirst(20).allSatisfy { $0 == .tooManyRequests })
        }
    }
}
