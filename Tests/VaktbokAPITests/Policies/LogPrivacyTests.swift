import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

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
            let id = visit.id
            for path in ["", "/qr.png", "/qr.svg", "/badge.svg"] {
                _ = try await client.send(.get, "/api/v1/visits/\(id)\(path)", token: token)
            }
            _ = try await client.send(.get, "/api/v1/sites/OSL/onsite?format=csv", token: token)
            _ = try await client.send(.get, "/api/v1/hosts?q=Kanarifugl", token: token)
            _ = try await client.send(.post, "/api/v1/visits", token: token, body: ["name": name, "phone": "123", "hostId": 1])
            _ = try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": visit.badgeCode])
            _ = try await client.send(.post, "/api/v1/session", body: ["username": "resepsjon", "password": "Kanarifugl"])
        }
        let log = fixture.logs.text
        #expect(log.contains("checked in") && log.contains("checked out"), "the capture must have seen the requests")
        for secret in ["Zyxwvå", "Kanarifugl", "Øyvindsen", "98765432", "987 65 432", "kari@example.no", "90000001", APIFixture.password] {
            #expect(!log.contains(secret), "the log contains \(secret)")
        }
    }

    @Test("group import and arrival, consent and withdrawal, a subject request: no name, phone or address in the log")
    func groupsConsentsRequests() async throws {
        let fixture = try await APIFixture()
        try await fixture.app().test(.router) { client in
            let desk = try await client.login("resepsjon")
            let imported = try await client.send(
                .post, "/api/v1/groups", token: desk,
                body: [
                    "site": "OSL", "date": "2026-11-22", "school": "Zyxwvå skole", "hostId": fixture.kari.rowID, "contactPhone": "98765432",
                    "list": "navn;e-post\nKanarifugl Øyvindsen;kanari@example.no\nX;bad\n",
                ])
            let group = try #require(try imported.decoded(as: GroupImportResponse.self).group.id)
            _ = try await client.send(.post, "/api/v1/groups/\(group)/arrivals", token: desk, body: ["all": true])
            _ = try await client.send(.get, "/api/v1/groups/\(group)/badges.html", token: desk)
            for giver in ["pupil", "guardian"] {
                _ = try await client.send(
                    .post, "/api/v1/consents", token: desk,
                    body: [
                        "name": "Kanarifugl Øyvindsen", "email": "kanari@example.no", "school": "Zyxwvå skole", "consentedBy": giver,
                        "pupilIs15OrOlder": false,
                    ])
            }
            let privacy = try await client.login("personvern")
            _ = try await client.send(.post, "/api/v1/consents/withdraw", token: privacy, body: ["email": "kanari@example.no"])
            let request = try await client.send(
                .post, "/api/v1/requests", token: privacy,
                body: [
                    "type": "erase", "subject": ["name": "Kanarifugl Øyvindsen", "phone": "98765432"], "receivedAt": "2026-11-21",
                ])
            let id = try request.decoded(as: RequestResponse.self).id
            _ = try await client.send(
                .post, "/api/v1/requests/\(id)/verify/manual", token: privacy, body: ["method": "ID card checked", "covers": ["name", "phone"]])
            _ = try await client.send(.get, "/api/v1/requests/\(id)/export", token: privacy)
            _ = try await client.send(.post, "/api/v1/requests/\(id)/erase", token: privacy)
        }
        let log = fixture.logs.text
        #expect(
            log.contains("group arrived") && log.contains("consent withdrawal handled") && log.contains("subject erased"),
            "the capture must have seen the requests")
        for secret in ["Zyxwvå", "Kanarifugl", "Øyvindsen", "98765432", "kanari@example.no"] {
            #expect(!log.contains(secret), "the log contains \(secret)")
        }
    }
}
