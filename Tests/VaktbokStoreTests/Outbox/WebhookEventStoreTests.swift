import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Webhook events: check-in and check-out in every way, formats, secret rotation")
struct WebhookEventStoreTests {
    /// The site's webhook messages due at `now`, bodies parsed.
    private func events(_ fixture: StoreFixture, now: Date) async throws -> [[String: Any]] {
        try await fixture.database.dueMessages(now: now, limit: 100).filter { $0.channel == .webhook }
            .map { try JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any] ?? [:] }
    }

    private func standardWebhook(_ fixture: StoreFixture, personalData: Bool = false) async throws -> SiteRecord {
        try await fixture.database.changeSite(
            code: SiteCode("OSL"),
            SiteSettingsChange(
                webhookURL: "https://hooks.example.no/v", webhookSecret: WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                webhookPersonalData: personalData), actor: "test", now: Date()
        )
    }

    @Test("checked out by badge, by hand and automatically after the day: one visit.checked_out each, with how")
    func checkOuts() async throws {
        let fixture = try await StoreFixture()
        _ = try await standardWebhook(fixture)
        let morning = StoreFixture.utc("2026-11-22T08:00:00Z")
        let badge = try await fixture.checkIn(at: morning, phone: "91234561")
        let manual = try await fixture.checkIn(at: morning, phone: "91234562")
        let forgotten = try await fixture.checkIn(at: morning, phone: "91234563")
        _ = try await fixture.database.checkOut(badgeCode: BadgeCode(badge.visit.badgeCode), siteID: nil, now: morning.addingTimeInterval(3600))
        _ = try await fixture.database.checkOut(visitID: manual.visit.rowID, siteID: nil, now: morning.addingTimeInterval(7200))
        #expect(try await fixture.database.checkOutStaleVisits(now: StoreFixture.utc("2026-11-23T01:00:00Z")) == 1)

        let sent = try await events(fixture, now: StoreFixture.utc("2026-11-23T01:00:00Z"))
        let outs = sent.filter { $0["type"] as? String == "visit.checked_out" }
        let kinds = Dictionary(uniqueKeysWithValues: outs.map { ($0["visitId"] as? Int64 ?? -1, $0["checkoutKind"] as? String ?? "") })
        #expect(kinds == [badge.visit.rowID: "badge", manual.visit.rowID: "manual", forgotten.visit.rowID: "automatic"])
        #expect(sent.filter { $0["type"] as? String == "visit.checked_in" }.count == 3)
        #expect(outs.first { $0["visitId"] as? Int64 == forgotten.visit.rowID }?["timestamp"] as? String == "2026-11-22T22:59:59Z")
        #expect(outs.allSatisfy { $0["visitor"] == nil })
    }

    @Test("an invite sends invite.created once (not for the same invite again, not when it is moved); an arrival sends visit.checked_in")
    func inviteCreated() async throws {
        let fixture = try await StoreFixture()
        _ = try await standardWebhook(fixture, personalData: true)
        let now = StoreFixture.utc("2026-11-22T08:00:00Z")
        let new = NewInvite(
            siteID: fixture.site.rowID, hostID: fixture.host.rowID, name: try PersonName("Øydis Fjærli-Åsen"), phone: try PhoneNumber("41234567"),
            email: nil, date: try CalendarDate("2026-11-22"), window: nil, staffID: nil)
        let invite = try await fixture.database.createInvite(new, now: now).details.invite
        _ = try await fixture.database.createInvite(new, now: now)
        _ = try await fixture.database.arriveInvite(id: invite.rowID, siteID: nil, staffID: nil, now: now)
        let sent = try await events(fixture, now: now)
        let created = sent.filter { $0["type"] as? String == "invite.created" }
        #expect(created.count == 1 && created.first?["inviteId"] as? Int64 == invite.rowID && created.first?["date"] as? String == "2026-11-22")
        #expect((created.first?["visitor"] as? [String: String])?["phone"] == "+4741234567", "the site shares personal data")
        #expect(sent.filter { $0["type"] as? String == "visit.checked_in" }.count == 1)
    }

    @Test("a rotated secret signs beside the new one for 24 hours, then no more")
    func rotation() async throws {
        let fixture = try await StoreFixture()
        let old = try await standardWebhook(fixture).webhookSecret
        let now = StoreFixture.utc("2026-11-22T08:00:00Z")
        let fresh = WebhookSecret.generate()
        let site = try await fixture.database.rotateWebhookSecret(siteCode: SiteCode("OSL"), to: fresh, actor: "cli:test", now: now)
        #expect(site.webhookSecret == fresh.text && site.webhookPreviousSecret == old)
        _ = try await fixture.checkIn(at: now)
        let during = try await fixture.database.dueMessages(now: now.addingTimeInterval(23 * 3600), limit: 10).filter { $0.channel == .webhook }
        #expect(during.map(\.signingSecrets) == [[fresh.text, try #require(old)]])
        let after = try await fixture.database.dueMessages(now: now.addingTimeInterval(24 * 3600 + 1), limit: 10).filter { $0.channel == .webhook }
        #expect(after.map(\.signingSecrets) == [[fresh.text]])
        let audit = try await fixture.database.pool.read { db in try String.fetchAll(db, sql: "SELECT action || details FROM audit_log") }
        #expect(audit.contains("webhook-secret-rotated{}"))
    }

    @Test("rotating needs a secret to rotate; an unknown site is not found")
    func rotationRefused() async throws {
        let fixture = try await StoreFixture()
        await #expect(throws: StoreError.self) {
            try await fixture.database.rotateWebhookSecret(siteCode: SiteCode("OSL"), to: .generate(), actor: "cli:test", now: Date())
        }
        await #expect(throws: StoreError.self) {
            try await fixture.database.rotateWebhookSecret(siteCode: SiteCode("BGO"), to: .generate(), actor: "cli:test", now: Date())
        }
    }

    @Test("Slack and Teams get the chat text, unsigned, naming the visitor only if the site shares personal data")
    func chatFormats() async throws {
        let fixture = try await StoreFixture()
        for (format, personal) in [(WebhookFormat.slack, false), (.teams, true)] {
            _ = try await fixture.database.changeSite(
                code: SiteCode("OSL"),
                SiteSettingsChange(
                    language: .en, webhookURL: "https://hooks.slack.example/services/T0", webhookPersonalData: personal, webhookFormat: format),
                actor: "test", now: Date()
            )
            let now = StoreFixture.utc("2026-11-22T08:00:00Z")
            let visit = try await fixture.checkIn(at: now, name: "Åse Bø-Sæther", phone: format == .slack ? "91234561" : "91234562")
            let chat = try await fixture.database.dueMessages(now: now, limit: 100).filter { $0.channel == .chat }.last
            let body = try #require(chat?.body)
            #expect(body.contains("Kari Nordmann") && body.contains("Åse Bø-Sæther") == personal && chat?.signingSecrets == [])
            #expect(body.hasPrefix(format == .slack ? #"{"text":"# : #"{"attachments":"#))
            _ = try await fixture.database.checkOut(visitID: visit.visit.rowID, siteID: nil, now: now)
        }
    }
}
