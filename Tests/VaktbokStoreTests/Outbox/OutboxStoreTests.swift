import Foundation
import GRDB
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Outbox: written with the check-in, emptied once sent")
struct OutboxStoreTests {
    @Test("check-in writes the visitor's SMS, the host's SMS and e-mail, and the webhook, in the site's language")
    func enqueued() async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.database.changeSite(
            code: SiteCode("OSL"),
            SiteSettingsChange(
                language: .en, privacyURL: "https://example.no/personvern", webhookURL: "https://hooks.example.no/v",
                webhookSecret: WebhookSecret("sixteen-chars-secret"), webhookPersonalData: false), actor: "test", now: Date()
        )
        let host = try await fixture.database.addHost(
            siteCode: SiteCode("OSL"), name: PersonName("Ingrid Løvås"), phone: PhoneNumber("41234567"), email: EmailAddress("ingrid@example.no"),
            now: Date()
        )
        let now = StoreFixture.utc("2026-11-22T09:15:00Z")
        _ = try await fixture.database.checkIn(
            siteID: fixture.site.rowID, hostID: host.rowID, name: PersonName("Per Ærø"), phone: PhoneNumber("91234567"),
            badgeCode: .random(), staffID: nil, now: now
        )
        let due = try await fixture.database.dueMessages(now: now, limit: 10)
        #expect(due.map(\.channel) == [.sms, .sms, .email, .webhook])
        #expect(due[0].recipient == "+4791234567" && due[0].body.hasSuffix("Privacy: https://example.no/personvern"))
        #expect(due[1].recipient == "+4741234567" && due[1].body == "Per Ærø has arrived at Oslo HQ and is waiting at reception.")
        #expect(due[2].recipient == "ingrid@example.no" && due[2].subject == "Visitor: Per Ærø has arrived")
        #expect(due[2].body.contains("2026-11-22T10:15:00+01:00"))
        #expect(due[3].signingSecrets == ["sixteen-chars-secret"] && !due[3].body.contains("Per Ærø"))
        #expect(Set(due.map(\.idempotencyKey)).count == 4)
    }

    @Test("a host without phone or e-mail gets nothing; sending erases body and recipient; a purged visit takes its messages")
    func lifecycle() async throws {
        let fixture = try await StoreFixture()
        let visit = try await fixture.checkIn(at: StoreFixture.utc("2026-10-01T09:00:00Z"))
        let due = try await fixture.database.dueMessages(now: StoreFixture.utc("2026-10-01T09:00:00Z"), limit: 10)
        #expect(due.count == 1)
        try await fixture.database.markSent(messageID: due[0].id, now: StoreFixture.utc("2026-10-01T09:00:05Z"))
        let row = try await fixture.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT status, body, recipient, subject FROM outbox_message WHERE id = ?", arguments: [due[0].id])
        }
        #expect(row?["status"] == "sent" && (row?["body"] as String?) == nil && (row?["recipient"] as String?) == nil)
        #expect(try await fixture.database.outboxCounts() == ["sent": 1])
        _ = try await fixture.database.purge(PurgeOptions(now: StoreFixture.utc("2026-11-22T03:00:00Z")))
        #expect(try await fixture.database.outboxCounts().isEmpty)
        await #expect(throws: StoreError.self) { try await fixture.database.visit(id: visit.visit.rowID) }
    }

    @Test("a webhook URL needs a secret")
    func webhookSecret() async throws {
        let fixture = try await StoreFixture()
        await #expect(throws: ValidationError.self) {
            try await fixture.database.changeSite(
                code: SiteCode("OSL"), SiteSettingsChange(webhookURL: "https://hooks.example.no/v"), actor: "test", now: Date()
            )
        }
    }
}
