import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Roles and sites decide who may do what")
struct AccessAPITests {
    /// Every front-desk route, with a body where it needs one.
    static func frontDeskRoutes(visitID: Int64, hostID: Int64) -> [(HTTPRequest.Method, String, Any?)] {
        [
            (.post, "/api/v1/visits", ["name": "Per Ærø", "phone": "91234567", "hostId": hostID, "site": "OSL"]),
            (.get, "/api/v1/visits/\(visitID)", nil),
            (.get, "/api/v1/visits/\(visitID)/qr.png", nil),
            (.get, "/api/v1/visits/\(visitID)/qr.svg", nil),
            (.get, "/api/v1/visits/\(visitID)/badge.svg", nil),
            (.post, "/api/v1/checkout", ["badgeCode": "AAAAAAAAAAAAAAAAAAAAAA"]),
            (.post, "/api/v1/scan", ["code": "AAAAAAAAAAAAAAAAAAAAAA"]),
            (.post, "/api/v1/invites/999999/arrive", nil),
            (.post, "/api/v1/visits/999999/checkout", nil),
            (.get, "/api/v1/sites/OSL/onsite", nil),
            (.get, "/api/v1/hosts?site=OSL&q=k", nil),
            (.post, "/api/v1/groups", ["site": "OSL", "date": "2026-12-03", "school": "Ås skole", "hostId": hostID, "list": "Siv Åkerø\n"]),
            (.get, "/api/v1/groups?site=OSL&date=2026-12-03", nil),
            (.get, "/api/v1/groups/999999", nil),
            (.post, "/api/v1/groups/999999/arrivals", ["all": true]),
            (.get, "/api/v1/groups/999999/badges.html", nil),
            (.get, "/api/v1/consents/text", nil),
            (.get, "/api/v1/printers?site=OSL", nil),
            (.post, "/api/v1/print-jobs", ["visitIds": [visitID], "site": "OSL"]),
            (.get, "/api/v1/print-jobs/999999", nil),
            (.delete, "/api/v1/print-jobs/999999", nil),
            (
                .post, "/api/v1/consents",
                [
                    "name": "Siv Åkerø", "email": "siv@example.no", "school": "Ås skole", "consentedBy": "guardian",
                    "pupilIs15OrOlder": false, "site": "OSL",
                ]
            ),
        ]
    }

    /// Every privacy route: the request register and its steps, and the holds.
    static var privacyRoutes: [(HTTPRequest.Method, String, Any?)] {
        [
            (.post, "/api/v1/requests", ["type": "access", "subject": ["phone": "91234567"], "receivedAt": "2026-11-21"]),
            (.get, "/api/v1/requests?status=all", nil),
            (.get, "/api/v1/requests/999999", nil),
            (.post, "/api/v1/requests/999999/verify", nil),
            (.post, "/api/v1/requests/999999/verify/confirm", ["code": "123456"]),
            (.post, "/api/v1/requests/999999/verify/manual", ["method": "ID card checked"]),
            (.get, "/api/v1/requests/999999/records", nil),
            (.get, "/api/v1/requests/999999/export", nil),
            (.post, "/api/v1/requests/999999/rectify", ["name": "Siv Åkerø"]),
            (.post, "/api/v1/requests/999999/erase", nil),
            (.post, "/api/v1/requests/999999/restrict", ["until": "2027-01-31", "reason": "complaint"]),
            (.post, "/api/v1/requests/999999/close", ["outcome": "answered"]),
            (.get, "/api/v1/holds", nil),
            (.post, "/api/v1/holds/999999/release", nil),
            (.get, "/api/v1/sites/OSL/contact-report", nil),
            (.post, "/api/v1/sites/OSL/contact-report", ["days": 3, "visitor": "+4741234567"]),
            (.get, "/api/v1/audit?action=subject-erase&from=2026-11-01&to=2026-11-30", nil),
            (.get, "/api/v1/retention", nil),
        ]
    }

    /// Every invite route, with a body where it needs one.
    static func inviteRoutes(hostID: Int64) -> [(HTTPRequest.Method, String, Any?)] {
        [
            (.post, "/api/v1/invites", ["name": "Per Ærø", "phone": "91234567", "hostId": hostID, "date": "2026-11-23", "site": "OSL"]),
            (.get, "/api/v1/invites?site=OSL&date=2026-11-23", nil),
            (.get, "/api/v1/invites/999999", nil),
            (.patch, "/api/v1/invites/999999", ["date": "2026-11-24"]),
            (.delete, "/api/v1/invites/999999", nil),
        ]
    }

    /// Every admin-only route (badge printers, the host directory, staff logins, sites), with a body where it needs one.
    static var adminRoutes: [(HTTPRequest.Method, String, Any?)] {
        [
            (.post, "/api/v1/hosts/import?site=OSL&dryRun=true", "Navn;E-post\nÅse Bø;ase@example.no\n"),
            (.get, "/api/v1/hosts/directory?site=OSL", nil),
            (.post, "/api/v1/hosts", ["site": "OSL", "name": "Åse Bø-Ødegård"]),
            (.put, "/api/v1/hosts/999999", ["site": "OSL", "name": "Åse Bø-Ødegård"]),
            (.post, "/api/v1/hosts/999999/deactivate?site=OSL", nil),
            (.post, "/api/v1/printers", ["site": "OSL", "name": "QL-820", "queue": "QL820", "media": "62mm"]),
            (.patch, "/api/v1/printers/999999", ["media": "a4"]),
            (.delete, "/api/v1/printers/999999", nil),
            (.get, "/api/v1/staff", nil),
            (.post, "/api/v1/staff", ["username": "ny-vakt", "password": "et langt passord", "role": "reception", "site": "OSL"]),
            (.put, "/api/v1/staff/999999", ["role": "reception", "site": "OSL"]),
            (.post, "/api/v1/staff/999999/password", ["password": "et langt passord"]),
            (.delete, "/api/v1/staff/999999", nil),
            (.get, "/api/v1/sites", nil),
            (.post, "/api/v1/sites", ["code": "TRD", "name": "Trondheim"]),
            (.patch, "/api/v1/sites/OSL", ["language": "en"]),
        ]
    }

    /// Every roll-call route, with a body where it needs one.
    static var rollCallRoutes: [(HTTPRequest.Method, String, Any?)] {
        [
            (.post, "/api/v1/rollcalls", ["kind": "drill", "site": "OSL"]),
            (.get, "/api/v1/rollcalls/current?site=OSL", nil),
            (.get, "/api/v1/rollcalls/999999", nil),
            (.put, "/api/v1/rollcalls/999999/entries/1", ["accounted": true]),
            (.post, "/api/v1/rollcalls/999999/end", nil),
            (.get, "/api/v1/rollcalls/999999/report.html", nil),
        ]
    }

    /// Sends every route with every login in `allowed` and `forbidden` and with none: no token → 401, a role that
    /// may not → 403, a role that may → anything but 401 or 403 (404 for the made-up ids, say).
    static func checkRoles(
        _ client: any TestClientProtocol, routes: [(HTTPRequest.Method, String, Any?)], allowed: [String: String], forbidden: [String]
    ) async throws {
        var tokens: [String: String?] = ["none": nil, "garbage": "not-a-token"]
        for (who, token) in allowed { tokens[who] = token }
        for who in forbidden { tokens[who] = try await client.login(who) }
        for (method, path, body) in routes {
            for (who, token) in tokens {
                let status = try await client.send(method, path, token: token, body: body).status
                switch who {
                case "none", "garbage": #expect(status == .unauthorized, "\(who) \(method) \(path)")
                case _ where forbidden.contains(who): #expect(status == .forbidden, "\(who) \(method) \(path)")
                default: #expect(status != .unauthorized && status != .forbidden, "\(who) \(method) \(path): \(status)")
                }
            }
        }
    }

    /// Tokens for `usernames`, by username.
    static func logins(_ client: any TestClientProtocol, _ usernames: [String]) async throws -> [String: String] {
        var tokens: [String: String] = [:]
        for username in usernames { tokens[username] = try await client.login(username) }
        return tokens
    }

    @Test("no token → 401, privacy and fire-warden roles → 403, reception, admin and integration → allowed, on every invite route")
    func inviteMatrix() async throws {
        try await APIFixture.test { fixture, client in
            let allowed = try await Self.logins(client, ["resepsjon", "admin", "kalender"])
            let routes = Self.inviteRoutes(hostID: fixture.kari.rowID)
            try await Self.checkRoles(client, routes: routes, allowed: allowed, forbidden: ["personvern", "brannvakt"])
        }
    }

    @Test("no token → 401, every role but admin → 403, admin → allowed, on every admin route (printers, host import)")
    func adminMatrix() async throws {
        try await APIFixture.test { fixture, client in
            let allowed = try await Self.logins(client, ["admin"])
            let forbidden = ["resepsjon", "personvern", "brannvakt", "kalender"]
            try await Self.checkRoles(client, routes: Self.adminRoutes, allowed: allowed, forbidden: forbidden)
        }
    }

    @Test("no token → 401, privacy and integration roles → 403, reception, admin and fire warden → allowed, on every roll-call route")
    func rollCallMatrix() async throws {
        try await APIFixture.test { fixture, client in
            let allowed = try await Self.logins(client, ["resepsjon", "admin", "brannvakt"])
            try await Self.checkRoles(client, routes: Self.rollCallRoutes, allowed: allowed, forbidden: ["personvern", "kalender"])
        }
    }

    @Test("no token → 401, reception, fire warden and integration → 403, privacy and admin → allowed, on every privacy route")
    func privacyMatrix() async throws {
        try await APIFixture.test { fixture, client in
            let allowed = try await Self.logins(client, ["personvern", "admin"])
            try await Self.checkRoles(client, routes: Self.privacyRoutes, allowed: allowed, forbidden: ["resepsjon", "brannvakt", "kalender"])
        }
    }

    @Test("no token → 401, privacy, fire-warden and integration roles → 403, reception and admin → allowed, on every front-desk route")
    func matrix() async throws {
        try await APIFixture.test { fixture, client in
            let allowed = try await Self.logins(client, ["resepsjon", "admin"])
            let visit = try await client.checkIn(token: try #require(allowed["resepsjon"]), hostId: fixture.kari.rowID)
            let routes = Self.frontDeskRoutes(visitID: visit.id, hostID: fixture.kari.rowID)
            try await Self.checkRoles(client, routes: routes, allowed: allowed, forbidden: ["personvern", "brannvakt", "kalender"])
        }
    }

    @Test("health, readiness and the API description are open; /metrics with a token set answers that token only, no staff login")
    func operationsMatrix() async throws {
        let fixture = try await APIFixture()
        try await fixture.app { $0.metricsToken = "skrape-token-4711" }.test(.router) { client in
            let tokens = [
                "none": nil, "resepsjon": try await client.login("resepsjon"), "personvern": try await client.login("personvern"),
                "admin": try await client.login("admin"), "scraper": "skrape-token-4711", "wrong": "skrape-token-4712",
            ]
            for (who, token) in tokens {
                for path in ["/healthz", "/readyz", "/openapi.yaml"] {
                    #expect(try await client.send(.get, path, token: token).status == .ok, "\(who) \(path)")
                }
                let metrics = try await client.send(.get, "/metrics", token: token)
                if who == "scraper" {
                    #expect(metrics.status == .ok && metrics.text.contains("vaktbok_outbox_messages"), "\(who)")
                } else {
                    #expect(metrics.status == .unauthorized && metrics.headers[.wwwAuthenticate] == "Bearer", "\(who)")
                    #expect(metrics.error.message == "the metrics token is missing or wrong" && !metrics.text.contains("vaktbok_"))
                }
            }
        }
        try await fixture.app().test(.router) { client in
            let open = try await client.send(.get, "/metrics")
            #expect(open.status == .ok, "without a token set, /metrics stays open (bind to localhost)")
        }
    }

    @Test("reception bound to another site sees nothing of OSL")
    func wrongSite() async throws {
        try await APIFixture.test { fixture, client in
            let oslo = try await client.login("resepsjon")
            let visit = try await client.checkIn(token: oslo, hostId: fixture.kari.rowID)
            let id = visit.id
            let bergen = try await client.login("bergen")
            #expect(try await client.send(.get, "/api/v1/visits/\(id)", token: bergen).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/visits/\(id)/qr.png", token: bergen).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite", token: bergen).status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/hosts?site=OSL", token: bergen).status == .forbidden)
            let checkout = try await client.send(.post, "/api/v1/checkout", token: bergen, body: ["badgeCode": visit.badgeCode])
            #expect(checkout.status == .notFound)
            let own = try await client.send(.get, "/api/v1/hosts", token: bergen)
            #expect(own.text.contains("Per Ærø") && !own.text.contains("Kari"))
            #expect(try await client.onSiteCount(site: "BGO", token: bergen) == 0)
        }
    }
}
