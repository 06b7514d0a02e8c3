import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Group arrival at the kiosk: check-in as visits, one notification per batch, badge sheets")
struct GroupArrivalAPITests {
    static let list =
        "Navn;Rolle\nÅsmund Ødegård;elev\nKari Sæther;lærer\nBjørn-Åge Øvrebø;elev\nMaria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer;elev\n"

    /// Imports `list` for today (2026-11-22) and returns the group id and member ids in list order.
    func importToday(_ client: some TestClientProtocol, _ fixture: APIFixture, token: String, contactPhone: String? = "+4741234567") async throws -> (
        Int64, [Int64]
    ) {
        var body: [String: Any] = [
            "site": "OSL", "date": "2026-11-22", "school": "Hartvig Nissen vgs", "hostId": fixture.kari.rowID, "list": Self.list,
        ]
        body["contactPhone"] = contactPhone
        let imported = try await client.send(.post, "/api/v1/groups", token: token, body: body)
        #expect(imported.status == .created)
        let groupID = try #require(try imported.decoded(as: GroupImportResponse.self).group.id)
        let group = try await client.send(.get, "/api/v1/groups/\(groupID)", token: token).decoded(as: GroupResponse.self)
        return (groupID, group.members.map(\.id))
    }

    /// Pending messages by recipient.
    func outbox(_ fixture: APIFixture) async throws -> [String: Int] {
        try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(60), limit: 100)
            .reduce(into: [:]) { $0[$1.recipient, default: 0] += 1 }
    }

    @Test("a subset, then all, then all again: each member checked in once, host notified once per batch, webhook per visit and per batch")
    func subsetAllRepeat() async throws {
        let fixture = try await APIFixture()
        _ = try await fixture.database.changeSite(
            code: SiteCode("OSL"),
            SiteSettingsChange(
                webhookURL: "https://hooks.example.no/vaktbok", webhookSecret: WebhookSecret("hemmelig-og-lang-nok"), webhookPersonalData: false),
            actor: "test", now: Date()
        )
        try await fixture.app().test(.router) { client in
            let token = try await client.login("resepsjon")
            let (groupID, members) = try await importToday(client, fixture, token: token)
            let first = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["memberIds": Array(members[0...1])])
            #expect(first.status == .created)
            let firstArrival = try first.decoded(as: ArrivalResponse.self)
            #expect(firstArrival.arrived == Array(members[0...1]) && firstArrival.alreadyArrived == [])
            #expect(try await outbox(fixture) == ["+4790000001": 1, "kari@example.no": 1, "+4741234567": 1, "https://hooks.example.no/vaktbok": 3])

            let all = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["all": true])
            let rest = try all.decoded(as: ArrivalResponse.self)
            #expect(rest.arrived == Array(members[2...3]) && rest.alreadyArrived == Array(members[0...1]))
            #expect(try await outbox(fixture) == ["+4790000001": 2, "kari@example.no": 2, "+4741234567": 2, "https://hooks.example.no/vaktbok": 6])
            let hostSMS = try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(60), limit: 100)
                .filter { $0.recipient == "+4790000001" }.map(\.body)
            #expect(hostSMS == Array(repeating: "2 fra Hartvig Nissen vgs har kommet til Oslo HQ og venter i resepsjonen.", count: 2))

            let again = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["all": true])
            let repeated = try again.decoded(as: ArrivalResponse.self)
            #expect(again.status == .ok && repeated.arrived == [] && repeated.alreadyArrived.count == 4)
            #expect(try await outbox(fixture) == ["+4790000001": 2, "kari@example.no": 2, "+4741234567": 2, "https://hooks.example.no/vaktbok": 6])

            #expect(repeated.group.arrivedCount == 4 && repeated.group.members.allSatisfy(\.arrived))
            let visitIDs = repeated.group.members.compactMap(\.visitId)
            #expect(Set(visitIDs).count == 4)
            let visit = try await client.send(.get, "/api/v1/visits/\(visitIDs[3])", token: token).decoded(as: VisitResponse.self)
            #expect(visit.visitor.phone == "+4741234567" && visit.visitor.name == "Maria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer")
            #expect(try await client.onSiteCount(site: "OSL", token: token) == 4)
        }
    }

    @Test("the badge sheet holds every arrived member's QR code, decoded by zbarimg, and no one else's")
    func badgeSheet() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let (groupID, members) = try await importToday(client, fixture, token: token)
            let arrival = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["memberIds": Array(members[1...3])])
            let expected = Set(try arrival.decoded(as: ArrivalResponse.self).group.members.compactMap(\.badgeCode))
            #expect(expected.count == 3)
            let sheet = try await client.send(.get, "/api/v1/groups/\(groupID)/badges.html", token: token)
            #expect(sheet.status == .ok && sheet.headers[.cacheControl] == "no-store")
            #expect(sheet.headers[.contentSecurityPolicy]?.contains("img-src 'self' blob: data:") == true)
            #expect(sheet.headers[.contentSecurityPolicy]?.contains("style-src 'self' 'sha256-") == true)
            let images = sheet.text.components(separatedBy: "data:image/png;base64,").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let decoded = try images.map { try ZBar.decode(png: try #require(Data(base64Encoded: $0))) }
            #expect(Set(decoded) == expected && decoded.count == 3)
            #expect(sheet.text.contains("Maria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer") && !sheet.text.contains("Åsmund"))
        }
    }

    @Test("refusals: no contact phone, wrong day, unknown member, another site's group, neither memberIds nor all")
    func refusals() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let (groupID, members) = try await importToday(client, fixture, token: token, contactPhone: nil)
            let noPhone = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["all": true])
            #expect(noPhone.status == .badRequest && noPhone.error.field == "contactPhone")
            let unknown = try await client.send(
                .post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["memberIds": [members[0], 99_999], "contactPhone": "41234567"])
            #expect(unknown.status == .notFound && unknown.error.message == "no such group member")
            for body: [String: Any] in [[:], ["memberIds": []], ["memberIds": [members[0]], "all": true]] {
                let bad = try await client.send(.post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: body)
                #expect(bad.status == .badRequest && bad.error.field == "memberIds")
            }
            let bergen = try await client.send(
                .post, "/api/v1/groups/\(groupID)/arrivals", token: try await client.login("bergen"), body: ["all": true])
            #expect(bergen.status == .notFound)
            #expect(try await outbox(fixture).isEmpty)

            let withPhone = try await client.send(
                .post, "/api/v1/groups/\(groupID)/arrivals", token: token, body: ["memberIds": [members[0]], "contactPhone": "41234567"])
            #expect(try withPhone.status == .created && (withPhone.decoded(as: ArrivalResponse.self)).group.contactPhone == "+4741234567")
            fixture.clock.advance(by: 86_400)
            let tomorrow = try await client.send(
                .post, "/api/v1/groups/\(groupID)/arrivals", token: try await client.login("resepsjon"), body: ["all": true])
            #expect(tomorrow.status == .conflict && tomorrow.error.message == "the group is expected on 2026-11-22, not today (2026-11-23)")
        }
    }
}
