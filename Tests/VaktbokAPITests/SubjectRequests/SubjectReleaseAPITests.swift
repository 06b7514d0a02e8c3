import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("What was verified decides what is released")
struct SubjectReleaseAPITests {
    /// A request giving the requester's own phone and somebody else's name, verified for the phone only.
    private static func phoneVerifiedRequest(_ client: some TestClientProtocol, fixture: APIFixture, type: String) async throws -> (String, Int64) {
        _ = try await SiteBindingAPITests.seedOslo(client, fixture: fixture)
        let officer = try await client.login("personvern")
        let request = try await client.send(
            .post, "/api/v1/requests", token: officer,
            body: [
                "type": type, "subject": ["phone": "41234567", "name": "Siv Åkerø"], "receivedAt": "2026-11-21",
            ])
        let id = try request.decoded(as: RequestResponse.self).id
        let verified = try await client.send(
            .post, "/api/v1/requests/\(id)/verify/manual", token: officer,
            body: [
                "method": "called back on the number", "covers": ["phone"],
            ])
        #expect(verified.status == .ok)
        #expect(try verified.decoded(as: RequestResponse.self).verifiedIdentifiers == [.phone])
        return (officer, id)
    }

    @Test("a phone verification does not export records found only by a name")
    func exportNeedsVerifiedMatch() async throws {
        try await APIFixture.test { fixture, client in
            let (officer, id) = try await Self.phoneVerifiedRequest(client, fixture: fixture, type: "access")
            let found = try await client.send(.get, "/api/v1/requests/\(id)/records", token: officer)
            let consents = try found.decoded(as: SubjectRecords.self).consents
            #expect(consents.count == 1 && consents.first?.matchedBy == [.name])
            var export = try await client.send(.get, "/api/v1/requests/\(id)/export", token: officer).decoded(as: SubjectExport.self)
            #expect(export.records.consents.isEmpty && export.records.groupMemberships.isEmpty && export.records.visits.isEmpty)

            let named = try await client.send(
                .post, "/api/v1/requests/\(id)/verify/manual", token: officer,
                body: [
                    "method": "ID card checked at reception", "covers": ["name"],
                ])
            #expect(try named.decoded(as: RequestResponse.self).verifiedIdentifiers == [.name, .phone])
            export = try await client.send(.get, "/api/v1/requests/\(id)/export", token: officer).decoded(as: SubjectExport.self)
            #expect(export.records.consents.map(\.matchedBy) == [[.name]] && export.records.groupMemberships.count == 1)
        }
    }

    @Test("erasure on a phone verification leaves the namesake's consent and group place")
    func eraseNeedsVerifiedMatch() async throws {
        try await APIFixture.test { fixture, client in
            let (officer, id) = try await Self.phoneVerifiedRequest(client, fixture: fixture, type: "erase")
            let erased = try await client.send(.post, "/api/v1/requests/\(id)/erase", token: officer)
            #expect(erased.status == .ok)
            let erasure = try erased.decoded(as: ErasureResult.self)
            #expect(erasure.consents == 0 && erasure.groupMemberships == 0)
            let left = try await fixture.database.subjectRecords(
                SubjectIdentifiers(phone: nil, email: nil, name: "Siv Åkerø"), now: fixture.clock.now)
            #expect(left.consents.count == 1 && left.groupMemberships.count == 1)
        }
    }

    @Test(
        "a manual check must name identifiers the request gives",
        arguments: [
            ([String]?.none, "covers"), ([], "covers"), (["email"], "covers"), (["passport"], "covers"),
        ])
    func manualCoversChecked(covers: [String]?, field: String) async throws {
        try await APIFixture.test { fixture, client in
            let officer = try await client.login("personvern")
            let id = try await client.registerRequest(token: officer, type: "access")
            var body: [String: Any] = ["method": "ID card checked"]
            if let covers { body["covers"] = covers }
            let answer = try await client.send(.post, "/api/v1/requests/\(id)/verify/manual", token: officer, body: body)
            #expect(answer.status == .badRequest && answer.error.field == field)
            #expect(try await client.send(.get, "/api/v1/requests/\(id)", token: officer).decoded(as: RequestResponse.self).verified == false)
        }
    }
}
