import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("What the kiosk needs from the API")
struct KioskSupportAPITests {
    @Test("manual check-out from the on-site list: 200 marked manual, then 409; other sites' visits 404")
    func manualCheckOut() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let visit = try await client.checkIn(token: token, hostId: fixture.kari.rowID)
            let id = visit.id
            #expect(try await client.send(.post, "/api/v1/visits/\(id)/checkout", token: try await client.login("bergen")).status == .notFound)
            let out = try await client.send(.post, "/api/v1/visits/\(id)/checkout", token: token)
            #expect(try out.status == .ok && (out.decoded(as: VisitResponse.self)).checkoutKind == .manual)
            #expect(try await client.send(.post, "/api/v1/visits/\(id)/checkout", token: token).status == .conflict)
            #expect(try await client.send(.post, "/api/v1/visits/x/checkout", token: token).status == .badRequest)
        }
    }

    @Test("the privacy notice version is recorded with the visit; a malformed one is 400")
    func privacyNotice() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let body: [String: Any] = ["name": "Per Ærø", "phone": "91234567", "hostId": fixture.kari.rowID]
            let recorded = try await client.send(
                .post, "/api/v1/visits", token: token, body: body.merging(["privacyNoticeVersion": "2026-11"]) { $1 })
            #expect(try recorded.status == .created && (recorded.decoded(as: VisitResponse.self)).privacyNoticeVersion == "2026-11")
            let bad = try await client.send(.post, "/api/v1/visits", token: token, body: body.merging(["privacyNoticeVersion": "<script>"]) { $1 })
            #expect(bad.status == .badRequest && bad.error.field == "privacyNoticeVersion")
        }
    }

    @Test("the kiosk folder is served at / with a strict content security policy; API errors stay JSON")
    func kioskFiles() async throws {
        let fixture = try await APIFixture()
        let folder = TemporaryFolder.make("kiosk-files")
        try "<!DOCTYPE html><title>Vaktbok</title>".write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        var config = APIConfig()
        config.kioskDirectory = folder.path
        try await buildApplication(config: config, store: fixture.database).test(.router) { client in
            let index = try await client.send(.get, "/")
            #expect(index.status == .ok && index.text.contains("<title>Vaktbok</title>"))
            #expect(index.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(index.headers[.xContentTypeOptions] == "nosniff")
            let missing = try await client.send(.get, "/api/v1/visits/1", token: nil)
            #expect(missing.status == .unauthorized && missing.error.message != nil)
            #expect(try await client.send(.get, "/nothing.js").status == .notFound)
        }
    }
}
