import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Sites from the admin console: listed, added, their retention and notifications changed; the webhook secret write-only")
struct SiteAdminAPITests {
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

    @Test("a site added, then its window, language, privacy link and signed webhook set; the secret is never read back")
    func lifecycle() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, admin in
            let listed = try await client.send(.get, "/api/v1/sites", token: admin)
            #expect(try listed.decoded(as: [SiteSettingsResponse].self).map(\.code) == ["BGO", "OSL"])
            let added = try await client.send(.post, "/api/v1/sites", token: admin, body: ["code": "trd", "name": "Trondheim – Øya kontor"])
            #expect(added.status == .created)
            #expect(try added.decoded(as: SiteSettingsResponse.self).timeZone == "Europe/Oslo")
            #expect(try await client.send(.post, "/api/v1/sites", token: admin, body: ["code": "TRD", "name": "Igjen"]).status == .conflict)

            let changed = try await client.send(
                .patch, "/api/v1/sites/TRD", token: admin,
                body: [
                    "visitRetentionDays": 14, "language": "en", "privacyNoticeUrl": "https://example.no/personvern",
                    "webhookUrl": "https://hooks.example.no/vaktbok", "webhookSecret": Self.secret,
                ])
            #expect(changed.status == .ok && !changed.text.contains(Self.secret) && !changed.text.contains("newWebhookSecret"))
            let site = try changed.decoded(as: SiteSettingsResponse.self)
            #expect(site.visitRetentionDays == 14 && site.language == "en" && site.webhookSecretSet && site.webhookFormat == "standard")
            let stored = try await fixture.database.site(code: SiteCode("TRD"))
            #expect(stored.webhookSecret == Self.secret && stored.privacyNoticeUrl == "https://example.no/personvern")

            let rotated = try await client.send(.patch, "/api/v1/sites/TRD", token: admin, body: ["rotateWebhookSecret": true])
            let fresh = try #require(try rotated.decoded(as: SiteSettingsResponse.self).newWebhookSecret)
            #expect(fresh.hasPrefix("whsec_") && fresh != Self.secret)
            let again = try await client.send(.get, "/api/v1/sites", token: admin)
            #expect(!again.text.contains(fresh) && !again.text.contains(Self.secret) && again.text.contains("\"webhookSecretSet\":true"))

            let cleared = try await client.send(.patch, "/api/v1/sites/TRD", token: admin, body: ["webhookUrl": "", "privacyNoticeUrl": ""])
            #expect(try cleared.decoded(as: SiteSettingsResponse.self).webhookUrl == nil)

            let audit = try await client.send(.get, "/api/v1/audit?limit=500", token: admin)
            let entries = try audit.decoded(as: [AuditEntryResponse].self).filter { $0.action.hasPrefix("site-") || $0.action.hasPrefix("webhook-") }
            #expect(entries.prefix(4).map(\.action) == ["site-change", "webhook-secret-rotated", "site-change", "site-add"])
            #expect(entries[2].details["fields"] == .word("visitRetentionDays,language,privacyNoticeUrl,webhookUrl,webhookSecret"))
            let everything = audit.text + fixture.logs.text
            #expect(!everything.contains(Self.secret) && !everything.contains(fresh) && !everything.contains("example.no/personvern"))
        }
    }

    @Test("bad settings are 400 at their field and change nothing; a webhook without a secret is refused")
    func refusals() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, admin in
            let before = try await fixture.database.site(code: SiteCode("OSL"))
            for (body, field) in [
                (["visitRetentionDays": 0], "visitRetentionDays"), (["language": "sv"], "language"),
                (["privacyNoticeUrl": "ftp://x"], "privacyNoticeUrl"),
                (["webhookUrl": "javascript:alert(1)"], "webhookUrl"), (["webhookFormat": "discord"], "webhookFormat"),
                (["privacyNoticeUrl": "https://oslo.example.no@evil.example/p"], "privacyNoticeUrl"),
                (["webhookUrl": "https://hooks.example.no/a b"], "webhookUrl"), (["webhookUrl": "https://"], "webhookUrl"),
                (["webhookSecret": "kort"], "webhookSecret"), (["name": ""], "name"),
                (["language": "en", "webhookUrl": "https://hooks.example.no/v"], "webhookSecret"),
                (["language": "en", "webhookSecret": Self.secret, "rotateWebhookSecret": true], "webhookSecret"),
            ] as [([String: Any], String)] {
                let refused = try await client.send(.patch, "/api/v1/sites/OSL", token: admin, body: body)
                #expect(refused.status == .badRequest && refused.error.field == field, "\(body): \(refused.status)")
            }
            #expect(try await fixture.database.site(code: SiteCode("OSL")) == before, "nothing changed")
            let rotateNothing = try await client.send(
                .patch, "/api/v1/sites/OSL", token: admin, body: ["name": "Nytt navn", "rotateWebhookSecret": true])
            #expect(rotateNothing.status == .conflict)
            #expect(try await fixture.database.site(code: SiteCode("OSL")) == before, "a refused rotation changes nothing else either")
            #expect(try await client.send(.patch, "/api/v1/sites/XYZ", token: admin, body: ["language": "en"]).status == .notFound)
            for (body, field) in [(["code": "Ø", "name": "Ås"], "code"), (["code": "AAS", "name": "Ås", "timeZone": "Mars/Olympus"], "timeZone")] {
                let refused = try await client.send(.post, "/api/v1/sites", token: admin, body: body)
                #expect(refused.status == .badRequest, "\(body)")
                #expect(refused.error.field == field || field == "timeZone", "\(body): \(refused.error.field ?? "-")")
            }
            #expect(try await fixture.database.sites().count == 2)
        }
    }

    @Test("a Slack or Teams address is the channel's key: stored, but only its host is read back")
    func chatWebhookHidden() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, admin in
            let hook = "https://hooks.slack.com/services/T0001/B0002/hemmeligNokkel"
            let set = try await client.send(.patch, "/api/v1/sites/OSL", token: admin, body: ["webhookFormat": "slack", "webhookUrl": hook])
            let site = try set.decoded(as: SiteSettingsResponse.self)
            #expect(set.status == .ok && site.webhookUrl == nil && site.webhookHost == "hooks.slack.com")
            let listed = try await client.send(.get, "/api/v1/sites", token: admin)
            #expect(!set.text.contains("hemmelig") && !listed.text.contains("hemmelig"))
            #expect(try await fixture.database.site(code: SiteCode("OSL")).webhookUrl == hook)
        }
    }

    @Test("an admin bound to Bergen lists and changes Bergen only, and adds no sites")
    func siteBoundAdmin() async throws {
        try await APIFixture.test(signedInAs: "admin-bgo") { fixture, client, bergen in
            let listed = try await client.send(.get, "/api/v1/sites", token: bergen).decoded(as: [SiteSettingsResponse].self)
            #expect(listed.map(\.code) == ["BGO"])
            let added = try await client.send(.post, "/api/v1/sites", token: bergen, body: ["code": "TRD", "name": "Trondheim"])
            #expect(added.status == .forbidden)
            #expect(try await client.send(.patch, "/api/v1/sites/OSL", token: bergen, body: ["visitRetentionDays": 365]).status == .forbidden)
            #expect(try await client.send(.patch, "/api/v1/sites/BGO", token: bergen, body: ["visitRetentionDays": 30]).status == .ok)
            #expect(try await fixture.database.site(code: SiteCode("OSL")).visitRetentionDays == 10)
        }
    }
}
