import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Logs hold no personal data")
struct LogPrivacyTests {
    @Test("a whole visit, with a unique name and phone, leaves neither in the log")
    func noPersonalData() async throws {
        let fixture = try await APIFixture()
        let name = "Zyxwvå Kanarifugl-Øyvindsen"
        let phone = "+47 987 65 432"
        try await fixture.app().test(.router) { client in
            let token = try await client.login("resepsjon")
            let visit = try await client.checkIn(token: token, name: name, phone: phone, hostId: fixture.kari.rowID)
            let id = try #require(visit["id"] as? Int)
            for path in ["", "/qr.png", "/qr.svg", "/badge.svg"] {
                _ = try await client.send(.get, "/api/v1/visits/\(id)\(path)", token: token)
            }
            _ = try await client.send(.get, "/api/v1/sites/OSL/onsite?format=csv", token: token)
            _ = try await client.send(.get, "/api/v1/hosts?q=Kanarifugl", token: token)
            _ = try await client.send(.post, "/api/v1/visits", token: token, body: ["name": name, "phone": "123", "hostId": 1])
            _ = try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": visit["badgeCode"] as Any])
            _ = try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": "Kanarifugl"])
        }
        let log = fixture.logs.text
        #expect(log.contains("checked in") && log.contains("checked out"), "the capture must have seen the requests")
        for secret in ["Zyxwvå", "Kanarifugl", "Øyvindsen", "98765432", "987 65 432", "kari@example.no", "90000001", APIFixture.password] {
            #expect(!log.contains(secret), "the log contains \(secret)")
        }
    }
}
