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
        let fixture = try await APIFixture()
        try await fixture.app().test(.router) { client in
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
            #expect(try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": APIFixture.password]).status == .tooManyRequests)
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
                statuses.append(try await client.send(.post, "/api/v1/session", body: ["username": "gjest\(number)", "password": "feil passord"], headers: forged).status)
            }
            #expect(statuses.prefix(20).allSatisfy { $0 == .unauthorized } && statuses.dropFirst(20).allSatisfy { $0 == .tooManyRequests })
        }
    }
}

@Suite("One response policy for the whole API, errors included")
struct ResponsePolicyAPITests {
    @Test("every API answer, success or error, is no-store and carries the security headers")
    func headers() async throws {
        let fixture = try await APIFixture()
        try await fixture.app().test(.router) { client in
            let desk = try await client.login("resepsjon"), officer = try await client.login("personvern")
            let visit = try await client.checkIn(token: desk, hostId: fixture.kari.rowID)
            let answers: [(String, TestResponse)] = [
                ("sign-in", try await client.send(.post, "/api/v1/session", body: ["username": "admin", "password": APIFixture.password])),
                ("check-in", try await client.send(.post, "/api/v1/visits", token: desk, body: ["name": "Per Ærø", "phone": "91234568", "hostId": fixture.kari.rowID])),
                ("visit", try await client.send(.get, "/api/v1/visits/\(visit["id"] as? Int ?? 0)", token: desk)),
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
                #expect(answer.headers[.xContentTypeOptions] == "nosniff" && answer.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(what)")
            }
        }
    }
}

@Suite("Static kiosk files never leave the kiosk folder")
struct KioskFilesAPITests {
    /// A kiosk folder with a page, a script, a link out of the folder and a link that changes the extension.
    static func folder() throws -> URL {
        let folder = TemporaryFolder.make("kiosk").appendingPathComponent("kiosk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<!doctype html><title>Kiosk</title>".write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "export const a = 1;".write(to: folder.appendingPathComponent("app.js"), atomically: true, encoding: .utf8)
        let secret = folder.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).txt")
        try "kanarifugl-hemmelighet".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("out.txt"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("fake.html"), withDestinationURL: folder.appendingPathComponent("app.js"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("same.js"), withDestinationURL: folder.appendingPathComponent("app.js"))
        return folder
    }

    @Test("links out of the folder, extension changes, control characters and dot-dot paths are refused; real files served")
    func containment() async throws {
        let fixture = try await APIFixture()
        let kiosk = try Self.folder()
        let app = fixture.app { $0.kioskDirectory = kiosk.path }
        try await app.test(.router) { client in
            let page = try await client.send(.get, "/")
            #expect(page.status == .ok && page.text.contains("Kiosk"))
            let script = try await client.send(.get, "/same.js")
            #expect(script.status == .ok && script.headers[.contentType]?.contains("javascript") == true, "a link inside the folder keeps working")
            for path in ["/out.txt", "/fake.html", "/app.js%00.html", "/app%0a.js", "/..%2f..%2fetc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/app.js%01"] {
                let answer = try await client.send(.get, path)
                #expect(answer.status.code >= 400 && answer.status.code < 500, "\(path): \(answer.status)")
                #expect(!answer.text.contains("kanarifugl") && !answer.text.contains("export const"), "\(path)")
            }
        }
    }
}

