import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Host replies: the signed link in the host's messages, the answer page's routes, the kiosk list")
struct HostReplyAPITests {
    /// The reply token in the newest SMS to Kari (+4790000001) among `delivered`.
    private func token(in delivered: [String]) throws -> String {
        let link = try #require(delivered.last?.split(separator: " ").first { $0.contains("/reply.html#token=") })
        #expect(link.hasPrefix("https://vaktbok.example.no/reply.html#token="))
        return String(try #require(link.split(separator: "=").last))
    }

    private func karisSMS(_ fixture: APIFixture) async throws -> [String] {
        try await fixture.deliveredSMS().filter { $0.body.contains("+4790000001") }.map(\.body)
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }.compactMap { $0["body"] }
    }

    @Test("the host's SMS and e-mail link the page; an answer shows on the list, reaches the visitor once, and is audited")
    func answer() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let visit = try await client.checkIn(token: reception, name: "Åse Bø-Sæther", phone: "41234567", hostId: fixture.kari.rowID)
            let mail = try await fixture.database.dueMessages(now: fixture.clock.now, limit: 20).first { $0.channel == .email }
            let sms = try await karisSMS(fixture)
            #expect(sms.count == 1 && sms[0].hasPrefix("Åse Bø-Sæther har kommet til Oslo HQ og venter i resepsjonen.\nSvar den besøkende: "))
            let token = try token(in: sms)
            #expect(mail?.body.contains("/reply.html#token=\(token)") == true)

            let view = try await client.send(.post, "/api/v1/host-replies/view", body: ["token": token])
            #expect(view.status == .ok)
            let shown = try view.decoded(as: HostReplyResponse.self)
            #expect(shown.visitor == "Åse Bø-Sæther" && shown.localTime == "10:00" && shown.answer == nil)

            fixture.clock.advance(by: 120)
            for _ in 0..<2 {
                let answered = try await client.send(.post, "/api/v1/host-replies", body: ["token": token, "answer": "soon"])
                #expect(try answered.decoded(as: HostReplyResponse.self).answer == .soon)
            }
            let list = try await client.send(.get, "/api/v1/sites/OSL/onsite", token: reception).decoded(as: OnSiteResponse.self)
            #expect(list.visitors.first { $0.visitId == visit.id }?.hostReply == .soon)
            #expect(try await client.send(.get, "/api/v1/visits/\(visit.id)", token: reception).decoded(as: VisitResponse.self).hostReply == .soon)
            let toVisitor = try await fixture.deliveredSMS().map(\.body).filter { $0.contains("kommer om 5–10 minutter") }
            #expect(toVisitor.count == 1 && toVisitor[0].contains("+4741234567"))
            let audit = try await fixture.database.pool.read { db in
                try String.fetchAll(db, sql: "SELECT details FROM audit_log WHERE action = 'host-replied'")
            }
            #expect(audit == [#"{"answer":"soon","visit":[\#(visit.id)]}"#])
            for answer in ["coming", "cannot", "soon", "coming"] {
                #expect(try await client.send(.post, "/api/v1/host-replies", body: ["token": token, "answer": answer]).status == .ok)
            }
            let more = try await fixture.deliveredSMS().filter { $0.body.contains("+4741234567") }
            #expect(more.count == HostAnswer.maxVisitorMessages - 1, "a forwarded link cannot flood the visitor")
            #expect(!fixture.logs.text.contains("Åse") && !fixture.logs.text.contains(token))
        }
    }

    @Test("tampered, malformed, expired and ended links are refused without naming anyone; each link shows its own visit only")
    func refused() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            let first = try await client.checkIn(token: reception, name: "Åse Bø-Sæther", phone: "41234567", hostId: fixture.kari.rowID)
            let firstToken = try token(in: try await karisSMS(fixture))
            _ = try await client.checkIn(token: reception, name: "Ola Nordmann-Lie", phone: "41234568", hostId: fixture.kari.rowID)
            let secondToken = try token(in: try await karisSMS(fixture))
            #expect(firstToken != secondToken)
            let second = try await client.send(.post, "/api/v1/host-replies/view", body: ["token": secondToken]).decoded(as: HostReplyResponse.self)
            #expect(second.visitor == "Ola Nordmann-Lie")

            var tampered = Array(firstToken)
            tampered[3] = tampered[3] == "A" ? "B" : "A"
            for (body, status) in [
                (["token": String(tampered)], HTTPResponse.Status.notFound), (["token": String(firstToken.dropLast())], .badRequest),
                (["token": firstToken + "A"], .badRequest), (["token": "../../etc/passwd"], .badRequest),
                (["token": firstToken, "answer": "maybe"], .badRequest), (["answer": "soon"], .badRequest),
            ] {
                let path = body["answer"] == nil ? "/api/v1/host-replies/view" : "/api/v1/host-replies"
                let response = try await client.send(.post, path, body: body)
                #expect(response.status == status, "\(body)")
                #expect(!String(buffer: response.body).contains("Åse"))
            }
            _ = try await client.send(.post, "/api/v1/visits/\(first.id)/checkout", token: reception)
            #expect(try await client.send(.post, "/api/v1/host-replies/view", body: ["token": firstToken]).status == .notFound)
            #expect(try await client.send(.post, "/api/v1/host-replies", body: ["token": firstToken, "answer": "coming"]).status == .notFound)

            fixture.clock.advance(by: 15 * 3600)  // 2026-11-23 00:00 in Oslo: the visit's day is over
            #expect(try await client.send(.post, "/api/v1/host-replies/view", body: ["token": secondToken]).status == .notFound)
        }
    }

    @Test("a staff login of any role or site adds nothing: the link alone decides, and works the same without one")
    func loginsChangeNothing() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            _ = try await client.checkIn(token: reception, name: "Åse Bø-Sæther", phone: "41234567", hostId: fixture.kari.rowID)
            let token = try token(in: try await karisSMS(fixture))
            let anonymous = try await client.send(.post, "/api/v1/host-replies/view", body: ["token": token])
            for username in ["resepsjon", "bergen", "personvern", "admin-bgo", "brannvakt"] {
                let staff = try await client.login(username)
                let view = try await client.send(.post, "/api/v1/host-replies/view", token: staff, body: ["token": token])
                #expect(view.status == .ok && String(buffer: view.body) == String(buffer: anonymous.body), "\(username)")
            }
        }
    }

    @Test("after the site's reminder hours the host of a walk-in is asked once; staying shows, left checks out; other answers are refused")
    func reminder() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, reception in
            _ = try await fixture.database.setReminderHours(siteCode: SiteCode("OSL"), hours: 2)
            let visit = try await client.checkIn(token: reception, name: "Åse Bø-Sæther", phone: "41234567", hostId: fixture.kari.rowID)
            let replyToken = try token(in: try await karisSMS(fixture))
            let (group, _) = try await GroupArrivalAPITests().importToday(client, fixture, token: reception)
            #expect(try await client.send(.post, "/api/v1/groups/\(group)/arrivals", token: reception, body: ["all": true]).status == .created)
            fixture.clock.advance(by: 7_199)
            #expect(try await fixture.database.remindHosts(now: fixture.clock.now) == 0)
            fixture.clock.advance(by: 1)
            #expect(try await fixture.database.remindHosts(now: fixture.clock.now) == 1)
            #expect(try await fixture.database.remindHosts(now: fixture.clock.now.addingTimeInterval(600)) == 0)
            // The group's arrival SMS to Kari goes in the same delivery, in no set order.
            let reminder = try #require(
                try await karisSMS(fixture).first { $0.hasPrefix("Er Åse Bø-Sæther fortsatt hos deg på Oslo HQ? Svar: https://") })
            let reminderToken = try token(in: [reminder])
            let view = try await client.send(.post, "/api/v1/host-replies/view", body: ["token": reminderToken]).decoded(as: HostReplyResponse.self)
            #expect(view.purpose == .reminder && view.visitor == "Åse Bø-Sæther")

            for (token, answer) in [(reminderToken, "coming"), (replyToken, "left"), (replyToken, "staying")] {
                #expect(try await client.send(.post, "/api/v1/host-replies", body: ["token": token, "answer": answer]).status == .badRequest)
            }
            #expect(try await client.send(.post, "/api/v1/host-replies", body: ["token": reminderToken, "answer": "staying"]).status == .ok)
            let list = try await client.send(.get, "/api/v1/sites/OSL/onsite", token: reception).decoded(as: OnSiteResponse.self)
            #expect(list.visitors.first { $0.visitId == visit.id }?.hostReply == .staying)
            #expect(try await client.send(.post, "/api/v1/host-replies", body: ["token": replyToken, "answer": "coming"]).status == .conflict)
            #expect(try await client.send(.post, "/api/v1/host-replies", body: ["token": reminderToken, "answer": "left"]).status == .ok)
            let again = try await client.send(.post, "/api/v1/host-replies", body: ["token": reminderToken, "answer": "left"])
            #expect(again.status == .ok, "a second tap says the same")
            #expect(try again.decoded(as: HostReplyResponse.self).answer == .left)
            let ended = try await client.send(.get, "/api/v1/visits/\(visit.id)", token: reception).decoded(as: VisitResponse.self)
            #expect(ended.checkoutKind == .host && ended.checkedOutAt == fixture.clock.now)
            #expect(try await client.send(.post, "/api/v1/host-replies/view", body: ["token": reminderToken]).status == .notFound)
            #expect(try await fixture.deliveredSMS().filter { $0.body.contains("+4741234567") }.isEmpty, "the visitor is not told")
            let audit = try await fixture.database.pool.read { db in
                try String.fetchAll(db, sql: "SELECT action || details FROM audit_log WHERE action LIKE 'host-re%' ORDER BY id")
            }
            #expect(
                audit == [
                    #"host-reminders{"visits":1}"#, #"host-replied{"answer":"staying","visit":[\#(visit.id)]}"#,
                    #"host-replied{"answer":"left","visit":[\#(visit.id)]}"#,
                ])
        }
    }
}
