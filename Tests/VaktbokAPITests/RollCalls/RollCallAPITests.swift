import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("Evacuation roll call: a snapshot, marks from several wardens, the SMS, the end report")
struct RollCallAPITests {
    /// Three walk-ins (one of them already gone) and one group member arrived: three people on site.
    func populate(_ client: any TestClientProtocol, _ fixture: APIFixture, token: String) async throws -> [Int64] {
        let first = try await client.checkIn(token: token, name: "Åsmund Strømbrudd-Ødegård", phone: "912 34 567", hostId: fixture.kari.rowID)
        let second = try await client.checkIn(token: token, name: "Per Glemsk-Åsen", phone: "913 45 678", hostId: fixture.kari.rowID)
        let gone = try await client.checkIn(token: token, name: "Åse Gått", phone: "914 56 789", hostId: fixture.kari.rowID)
        _ = try await client.send(.post, "/api/v1/visits/\(gone.id)/checkout", token: token)
        let today = try await client.send(.get, "/api/v1/groups?site=OSL", token: token).decoded(as: GroupListResponse.self).date
        let group = try await client.send(
            .post, "/api/v1/groups", token: token,
            body: [
                "site": "OSL", "date": today, "school": "Ås skole", "hostId": fixture.kari.rowID, "contactPhone": "48211222", "list": "Siv Åkerø\n",
            ]
        ).decoded(as: GroupImportResponse.self)
        let arrival = try await client.send(.post, "/api/v1/groups/\(group.group.id ?? 0)/arrivals", token: token, body: ["all": true])
        let member = try arrival.decoded(as: ArrivalResponse.self).group.members[0]
        return [first.id, second.id, try #require(member.visitId)]
    }

    @Test("start: everyone on site and nobody gone; two wardens' marks merge; a replay counts once; undo; full count; end; report")
    func wholeRollCall() async throws {
        try await APIFixture.test { fixture, client in
            let reception = try await client.login("resepsjon")
            let warden = try await client.login("brannvakt")
            let visits = try await populate(client, fixture, token: reception)
            let started = try await client.send(
                .post, "/api/v1/rollcalls", token: warden, body: ["kind": "drill", "assemblyPoint": "Parkeringsplassen"])
            let rollCall = try started.decoded(as: RollCallResponse.self)
            #expect(started.status == .created && rollCall.total == 3 && rollCall.missing == 3 && rollCall.site == "OSL")
            #expect(Set(rollCall.entries.map(\.visitId)) == Set(visits) && !rollCall.entries.map(\.name).contains("Åse Gått"))
            let again = try await client.send(.post, "/api/v1/rollcalls", token: reception, body: ["kind": "evacuation"])
            #expect(again.status == .conflict, "one open roll call per site")

            let path = "/api/v1/rollcalls/\(rollCall.id)"
            _ = try await client.send(.put, "\(path)/entries/\(visits[0])", token: warden, body: ["accounted": true])
            fixture.clock.advance(by: 30)
            let replay = try await client.send(.put, "\(path)/entries/\(visits[0])", token: reception, body: ["accounted": true])
            let afterReplay = try replay.decoded(as: RollCallResponse.self)
            #expect(afterReplay.missing == 2, "a replayed or second mark counts once")
            let first = try #require(afterReplay.entries.first { $0.visitId == visits[0] })
            #expect(first.accountedBy != nil && afterReplay.entries.last?.visitId == visits[0], "the first warden's mark stays; found last")
            _ = try await client.send(.put, "\(path)/entries/\(visits[1])", token: reception, body: ["accounted": true])
            let undone = try await client.send(.put, "\(path)/entries/\(visits[1])", token: warden, body: ["accounted": false])
            #expect(try undone.decoded(as: RollCallResponse.self).missing == 2)
            for visit in visits {
                _ = try await client.send(.put, "\(path)/entries/\(visit)", token: warden, body: ["accounted": true])
            }
            let complete = try await client.send(.get, path, token: reception).decoded(as: RollCallResponse.self)
            #expect(complete.missing == 0 && complete.secondsToFullCount == 30)

            let ended = try await client.send(.post, "\(path)/end", token: warden)
            let endedCall = try ended.decoded(as: RollCallResponse.self)
            #expect(ended.status == .ok && endedCall.endedAt != nil)
            #expect(try await client.send(.post, "\(path)/end", token: warden).status == .conflict)
            let late = try await client.send(.put, "\(path)/entries/\(visits[0])", token: warden, body: ["accounted": false])
            #expect(late.status == .conflict && late.error.message == "the roll call has ended")
            let report = try await client.send(.get, "\(path)/report.html", token: warden)
            #expect(report.status == .ok && report.text.contains("Per Glemsk-Åsen") && report.text.contains("0 min 30 s"))
            #expect(report.headers[.cacheControl] == "no-store")
            let audit = try await client.send(.get, "/api/v1/audit", token: try await client.login("admin")).text
            #expect(audit.contains("roll-call-start") && audit.contains("roll-call-end") && !audit.contains("Glemsk"))
            let current = try await client.send(.get, "/api/v1/rollcalls/current", token: warden).decoded(as: CurrentRollCallResponse.self)
            #expect(current.rollCall == nil && current.timeZone == "Europe/Oslo")
            fixture.clock.advance(by: 25 * 3_600)
            let lateWarden = try await client.send(.get, path, token: try await client.login("brannvakt"))
            #expect(lateWarden.status == .notFound, "a warden's view ends a day after")
            #expect(try await client.send(.get, path, token: try await client.login("resepsjon")).status == .ok, "the desk keeps it with the visits")
        }
    }

    @Test("the evacuation SMS reaches the gateway once per phone on site, in the site's language, nobody gone")
    func broadcast() async throws {
        try await APIFixture.test { fixture, client in
            let reception = try await client.login("resepsjon")
            _ = try await populate(client, fixture, token: reception)
            let started = try await client.send(
                .post, "/api/v1/rollcalls", token: reception, body: ["kind": "evacuation", "assemblyPoint": "Parkeringsplassen", "notify": true])
            #expect(started.status == .created)
            let evacuation = try await fixture.deliveredSMS().filter { $0.body.contains("Evakuer") }
            #expect(evacuation.count == 3)
            for phone in ["+4791234567", "+4791345678", "+4748211222"] {
                #expect(evacuation.filter { $0.body.contains(phone) }.count == 1, "\(phone)")
            }
            #expect(!evacuation.contains { $0.body.contains("+4791456789") }, "the visitor who left is not texted")
            #expect(evacuation.allSatisfy { $0.body.contains("møt opp ved Parkeringsplassen") && $0.body.contains("leses ikke") })
        }
    }

    @Test("bad input: an unknown kind, a long assembly point, an unknown person, an unknown roll call")
    func badInput() async throws {
        try await APIFixture.test(signedInAs: "brannvakt") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            let kind = try await client.send(.post, "/api/v1/rollcalls", token: token, body: ["kind": "fire"])
            #expect(kind.status == .badRequest && kind.error.field == "kind")
            for link in ["https://evil.example/login", "www.evil.example", "Plenen (se http:evil)"] {
                let linked = try await client.send(.post, "/api/v1/rollcalls", token: token, body: ["kind": "drill", "assemblyPoint": link])
                #expect(linked.status == .badRequest && linked.error.message == "assemblyPoint may not hold a link", "\(link)")
            }
            let point = try await client.send(
                .post, "/api/v1/rollcalls", token: token, body: ["kind": "drill", "assemblyPoint": String(repeating: "Å", count: 101)])
            #expect(point.status == .badRequest && point.error.field == "assemblyPoint")
            let empty = try await client.send(.post, "/api/v1/rollcalls", token: token, body: ["kind": "drill"]).decoded(as: RollCallResponse.self)
            #expect(empty.total == 0 && empty.secondsToFullCount == 0, "nobody on site: everyone is accounted for at once")
            let unknown = try await client.send(.put, "/api/v1/rollcalls/\(empty.id)/entries/424242", token: token, body: ["accounted": true])
            #expect(unknown.status == .notFound && unknown.error.field == "visitId")
            let notANumber = try await client.send(.put, "/api/v1/rollcalls/\(empty.id)/entries/x", token: token, body: ["accounted": true])
            #expect(notANumber.status == .badRequest && notANumber.error.field == "visitId")
            #expect(try await client.send(.get, "/api/v1/rollcalls/999999", token: token).status == .notFound)
            let noBody = try await client.send(.put, "/api/v1/rollcalls/\(empty.id)/entries/1", token: token, body: ["accounted": "yes"])
            #expect(noBody.status == .badRequest)
            let badTime = try await client.send(
                .put, "/api/v1/rollcalls/\(empty.id)/entries/1", token: token, body: ["accounted": true, "markedAt": "i går"])
            #expect(badTime.status == .badRequest && badTime.error.field == "markedAt")
        }
    }

    @Test("another site's roll call stays hidden; its visits cannot be marked from there")
    func otherSite() async throws {
        try await APIFixture.test { fixture, client in
            let oslo = try await client.login("brannvakt")
            let visit = try await client.checkIn(token: try await client.login("resepsjon"), hostId: fixture.kari.rowID)
            let rollCall = try await client.send(.post, "/api/v1/rollcalls", token: oslo, body: ["kind": "drill"]).decoded(as: RollCallResponse.self)
            let bergen = try await client.login("bergen")
            let path = "/api/v1/rollcalls/\(rollCall.id)"
            #expect(try await client.send(.post, "/api/v1/rollcalls", token: bergen, body: ["kind": "drill", "site": "OSL"]).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/rollcalls/current?site=OSL", token: bergen).status == .forbidden)
            for (method, suffix) in [(HTTPRequest.Method.get, ""), (.post, "/end"), (.get, "/report.html")] {
                #expect(try await client.send(method, path + suffix, token: bergen).status == .notFound, "\(method) \(suffix)")
            }
            let mark = try await client.send(.put, "\(path)/entries/\(visit.id)", token: bergen, body: ["accounted": true])
            #expect(mark.status == .notFound && !mark.text.contains("Ærlig"))
        }
    }

    @Test("the purge deletes the marks with their visits; the roll call's anonymous figures stay")
    func retention() async throws {
        try await APIFixture.test { fixture, client in
            let reception = try await client.login("resepsjon")
            let visits = try await populate(client, fixture, token: reception)
            let rollCall = try await client.send(.post, "/api/v1/rollcalls", token: reception, body: ["kind": "drill"]).decoded(
                as: RollCallResponse.self)
            _ = try await client.send(.put, "/api/v1/rollcalls/\(rollCall.id)/entries/\(visits[0])", token: reception, body: ["accounted": true])
            _ = try await client.send(.post, "/api/v1/rollcalls/\(rollCall.id)/end", token: reception)
            var options = PurgeOptions(now: fixture.clock.now.addingTimeInterval(40 * 86_400))
            options.pause = .zero
            _ = try await fixture.database.purge(options)
            let after = try await client.send(.get, "/api/v1/rollcalls/\(rollCall.id)", token: try await client.login("resepsjon"))
                .decoded(as: RollCallResponse.self)
            #expect(after.entries.isEmpty && after.total == 3 && after.missing == 2 && after.endedAt != nil, "figures stay, names go")
            for canary in ["Strømbrudd", "+4791234567", "Glemsk"] {
                #expect(try RawFiles.occurrences(of: canary, databasePath: fixture.database.path) == 0, "\(canary) is still in the files")
            }
        }
    }
}
