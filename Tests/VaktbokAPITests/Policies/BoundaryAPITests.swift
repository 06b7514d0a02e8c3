import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Every free-text field passes the one gate: bad text is a 400 naming the field, and nothing is stored")
struct BoundaryAPITests {
    /// Text no field may hold: NUL, an escape sequence, combining-mark bloat, a tag character, a blank filler,
    /// a joiner between letters, a right-to-left override, and far too many letters.
    static let hostile = [
        "Åse\u{0}Berg", "Åse\u{1B}[2JBerg", "Å" + String(repeating: "\u{301}", count: 30_000) + "se", "Åse Berg\u{E0041}",
        "\u{3164}\u{3164}", "Å\u{200D}se Berg", "Åse \u{202E}greB", String(repeating: "ø", count: 3_000),
    ]

    /// A route, the JSON body with `text` in one field, and that field's name in the error.
    static func routes(hostID: Int64, requestID: Int64) -> [(String, HTTPRequest.Method, String, (String) -> [String: Any], String)] {
        [
            ("resepsjon", .post, "/api/v1/visits", { ["name": $0, "phone": "91234567", "hostId": hostID] }, "name"),
            (
                "resepsjon", .post, "/api/v1/consents",
                { ["name": $0, "email": "siv@example.no", "school": "Ås skole", "consentedBy": "guardian", "pupilIs15OrOlder": false] }, "name"
            ),
            (
                "resepsjon", .post, "/api/v1/consents",
                { ["name": "Siv Åkerø", "email": "siv@example.no", "school": $0, "consentedBy": "guardian", "pupilIs15OrOlder": false] }, "school"
            ),
            (
                "resepsjon", .post, "/api/v1/consents",
                { ["name": "Siv Åkerø", "email": $0 + "@example.no", "school": "Ås skole", "consentedBy": "guardian", "pupilIs15OrOlder": false] },
                "email"
            ),
            ("resepsjon", .post, "/api/v1/groups", { ["date": "2026-11-23", "school": $0, "hostId": hostID, "list": "Siv Åkerø\n"] }, "school"),
            ("personvern", .post, "/api/v1/requests", { ["type": "access", "subject": ["name": $0], "receivedAt": "2026-11-21"] }, "subject.name"),
            ("personvern", .post, "/api/v1/requests", { ["type": "access", "subject": ["email": $0], "receivedAt": "2026-11-21"] }, "subject.email"),
            ("personvern", .post, "/api/v1/requests/\(requestID)/close", { ["outcome": $0] }, "outcome"),
            ("personvern", .post, "/api/v1/requests/\(requestID)/verify/manual", { ["method": $0, "covers": ["phone"]] }, "method"),
            ("personvern", .post, "/api/v1/requests/\(requestID)/restrict", { ["reason": $0, "until": "2027-01-31"] }, "reason"),
            ("personvern", .post, "/api/v1/requests/\(requestID)/rectify", { ["name": $0] }, "name"),
            ("none", .post, "/api/v1/session", { ["username": $0, "password": APIFixture.password] }, "username"),
            ("none", .post, "/api/v1/session", { ["username": "resepsjon", "password": $0] }, "password"),
        ]
    }

    @Test("hostile text in every field of every route", arguments: hostile)
    func everyField(text: String) async throws {
        try await APIFixture.test { fixture, client in
            let officer = try await client.login("personvern")
            let requestID = try await client.registerRequest(token: officer, type: "rectify")
            let tokens = ["resepsjon": try await client.login("resepsjon"), "personvern": officer, "none": nil]
            for (who, method, path, body, field) in Self.routes(hostID: fixture.kari.rowID, requestID: requestID) {
                let answer = try await client.send(method, path, token: tokens[who] ?? nil, body: body(text))
                #expect(answer.status == .badRequest && answer.error.field == field, "\(path) \(field): \(answer.status) \(answer.text.prefix(200))")
                #expect(!answer.text.contains("Åse"), "the error must not echo the text")
            }
            #expect(try await client.onSiteCount(site: "OSL", token: try #require(tokens["resepsjon"] ?? nil)) == 0)
            let stored = try await client.send(.get, "/api/v1/requests/\(requestID)", token: officer).decoded(as: RequestResponse.self)
            #expect(stored.status == "open" && !stored.verified)
            #expect(try await client.send(.get, "/api/v1/requests?status=all", token: officer).text.components(separatedBy: "\"id\"").count == 2)
        }
    }

    @Test("host search text goes through the gate too", arguments: ["k\u{0}", "k\u{200B}", String(repeating: "k", count: 101)])
    func search(query: String) async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let encoded = try #require(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let answer = try await client.send(.get, "/api/v1/hosts?q=\(encoded)", token: token)
            #expect(answer.status == .badRequest && answer.error.field == "q")
        }
    }

    @Test("an SMS to the host stays within four segments and the e-mail subject within one folded line, for the longest name allowed")
    func outgoingBounded() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let longest = String(repeating: "ø\u{301}\u{302}", count: 100)
            _ = try await client.checkIn(token: token, name: longest, phone: "91234567", hostId: fixture.kari.rowID)
            let messages = try await fixture.database.dueMessages(now: fixture.clock.now.addingTimeInterval(86_400), limit: 10)
            let sms = messages.filter { $0.channel == .sms }
            #expect(sms.count == 2 && sms.allSatisfy { MessageLimits.smsSegments($0.body) <= MessageLimits.maxSegments })
            let mail = try #require(messages.first { $0.channel == .email })
            #expect((mail.subject?.count ?? 0) <= MessageLimits.maxSubject)
        }
    }
}
