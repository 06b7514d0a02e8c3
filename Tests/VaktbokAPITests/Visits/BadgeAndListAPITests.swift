import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokAPI

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Badges, the on-site list and host lookup")
struct BadgeAndListAPITests {
    @Test("the QR PNG scans back to the visit's badge code, which checks the visitor out")
    func qrScansToCheckout() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let visit = try await client.checkIn(token: token, hostId: fixture.kari.rowID)
            let id = visit.id
            let png = try await client.send(.get, "/api/v1/visits/\(id)/qr.png", token: token)
            #expect(png.headers[.contentType] == "image/png")
            #expect(png.headers[.cacheControl] == "no-store")
            let scanned = try ZBar.decode(png: Data(buffer: png.body))
            #expect(scanned == visit.badgeCode)
            #expect(try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": scanned]).status == .ok)
        }
    }

    @Test("qr.svg and badge.svg are well-formed SVG; the badge shows visitor, host, site and local date")
    func svgs() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let visit = try await client.checkIn(token: token, name: "Marie-Louise O'Hara", hostId: fixture.kari.rowID)
            let id = visit.id
            let qr = try await client.send(.get, "/api/v1/visits/\(id)/qr.svg", token: token)
            #expect(qr.headers[.contentType] == "image/svg+xml")
            #expect(XMLParser(data: Data(buffer: qr.body)).parse())
            let badge = try await client.send(.get, "/api/v1/visits/\(id)/badge.svg", token: token)
            #expect(XMLParser(data: Data(buffer: badge.body)).parse())
            for text in ["Marie-Louise O&#39;Hara", "Kari Nordmann", "Oslo HQ", "2026-11-22"] {
                #expect(badge.text.contains(text))
            }
        }
    }

    @Test("on-site list as JSON, semicolon CSV with BOM, and escaped printable HTML")
    func onSiteFormats() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            _ = try await client.checkIn(token: token, name: "Åse Ødegård", hostId: fixture.kari.rowID)
            let left = try await client.checkIn(token: token, name: "Ola Utgått", hostId: fixture.kari.rowID)
            _ = try await client.send(.post, "/api/v1/checkout", token: token, body: ["badgeCode": left.badgeCode])

            let list = try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token).decoded(as: OnSiteResponse.self)
            #expect(list.count == 1 && list.site == "OSL" && list.visitors.map(\.name) == ["Åse Ødegård"])
            #expect(list.timeZone == "Europe/Oslo", "the kiosk shows times in the site's zone, not the terminal's")

            let csv = try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token, headers: [.accept: "text/csv"])
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text == "\u{FEFF}name;host;since\r\nÅse Ødegård;Kari Nordmann;2026-11-22T10:00:00+01:00\r\n")
            let comma = try await client.send(.get, "/api/v1/sites/OSL/onsite?format=csv&separator=comma", token: token)
            #expect(comma.text.hasPrefix("\u{FEFF}name,host,since\r\n"))

            let html = try await client.send(.get, "/api/v1/sites/OSL/onsite", token: token, headers: [.accept: "text/html"])
            #expect(html.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.text.contains("<td>Åse Ødegård</td>") && !html.text.contains("Ola Utgått"))
            #expect(html.text.contains("<td>22.11.2026 10:00</td><td class=\"tick\">☐</td>"), "local time, a box to tick")
            #expect(html.text.contains("Accounted for"))
            #expect(try await client.send(.get, "/api/v1/sites/OSL/onsite?format=pdf", token: token).status == .badRequest)
        }
    }

    @Test("an HTML-looking host name is escaped in the printable list")
    func htmlEscaping() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            _ = try await client.checkIn(token: token, name: "Per O'Brien", hostId: fixture.kari.rowID)
            let html = try await client.send(.get, "/api/v1/sites/OSL/onsite?format=html", token: token)
            #expect(html.text.contains("Per O&#39;Brien"))
        }
    }

    @Test("host lookup: active hosts of the site by any name part, id and name only")
    func hostLookup() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let response = try await client.send(.get, "/api/v1/hosts?q=%C3%98DEG", token: token)
            #expect(try response.decoded(as: [HostSummary].self).map(\.name) == ["Åse Bjørnstad-Ødegård"])
            #expect(!response.text.contains("phone") && !response.text.contains("email"), "the kiosk sees names only")
            let all = try await client.send(.get, "/api/v1/hosts", token: token)
            #expect(!all.text.contains("Ola Gammel") && !all.text.contains("Per Ærø") && !all.text.contains("kari@example.no"))
            #expect(all.text.contains("Kari Nordmann"))
            for wildcard in ["%25", "_", "%5C", "k%25n", "k_ri"] {
                let found = try await client.send(.get, "/api/v1/hosts?q=\(wildcard)", token: token).decoded(as: [HostSummary].self)
                #expect(found.isEmpty, "SQL wildcards in a search are letters: \(wildcard)")
            }
            let renamed = try await client.send(.get, "/api/v1/hosts?q=bj%C3%B8rn%20%C3%A5se", token: token)
            #expect(try renamed.decoded(as: [HostSummary].self).map(\.name) == ["Åse Bjørnstad-Ødegård"], "words in any order, accents folded")
        }
    }

    @Test("health reports the database with secure_delete on; the OpenAPI document covers every route")
    func healthAndSpec() async throws {
        try await APIFixture.test { fixture, client in
            let health = try await client.send(.get, "/healthz")
            #expect(health.status == .ok)
            #expect(try health.decoded(as: HealthResponse.self).database.secureDelete == 1)
            let spec = try await client.send(.get, "/openapi.yaml")
            #expect(spec.status == .ok)
            for path in [
                "/healthz:", "/readyz:", "/metrics:", "/api/v1/session:", "/api/v1/visits:", "/api/v1/visits/{id}:", "/api/v1/visits/{id}/qr.png:",
                "/api/v1/visits/{id}/qr.svg:", "/api/v1/visits/{id}/badge.svg:", "/api/v1/checkout:",
                "/api/v1/sites/{code}/onsite:", "/api/v1/hosts:", "/api/v1/sites/{code}/contact-report:", "/api/v1/audit:",
            ] {
                #expect(spec.text.contains(path), "openapi.yaml lacks \(path)")
            }
        }
    }
}
