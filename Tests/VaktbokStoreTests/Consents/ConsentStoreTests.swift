import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Consents in the store: one per address, withdrawal within the actor's site, audited either way")
struct ConsentStoreTests {
    let now = StoreFixture.utc("2026-11-22T09:00:00Z")

    func consent(_ email: String) throws -> NewConsent {
        NewConsent(name: try PersonName("Åse Øvrebø-Lie"), email: try EmailAddress(email), school: try SchoolName("Ås skole"), giver: .guardian)
    }

    @Test("a consent lasts 12 calendar months; a second one for the same address is a conflict")
    func addAndDuplicate() async throws {
        let fixture = try await StoreFixture()
        let record = try await fixture.database.addConsent(try consent("ase@example.no"), siteID: fixture.site.rowID, actor: "test", now: now)
        #expect(record.expiresAt == StoreFixture.utc("2027-11-22T09:00:00Z"))
        await #expect(throws: StoreError.self) {
            try await fixture.database.addConsent(try consent("ASE@example.no"), siteID: fixture.site.rowID, actor: "test", now: now)
        }
    }

    @Test("staff of another site cannot withdraw it; the unmatched try is audited without the address")
    func withdrawalScope() async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.database.addConsent(try consent("ase@example.no"), siteID: fixture.site.rowID, actor: "test", now: now)
        let address = try EmailAddress("ase@example.no")
        let bergen = try await fixture.database.addSite(code: SiteCode("BGO"), name: "Bergen", timeZone: TimeZoneName("Europe/Oslo"), now: now)
        #expect(
            try await fixture.database.withdrawConsent(token: nil, email: address, actor: .staff(9, siteID: bergen.rowID), now: now)
                == false)
        #expect(try await fixture.database.withdrawConsent(token: nil, email: address, actor: .staff(8, siteID: fixture.site.rowID), now: now))
        #expect(
            try await fixture.database.withdrawConsent(token: nil, email: address, actor: .staff(8, siteID: fixture.site.rowID), now: now) == false)
        let audit = try await fixture.database.auditEntries(AuditQuery(siteID: nil, limit: 10))
        #expect(
            audit.map(\.action).filter { $0.hasPrefix("consent-withdraw") }.sorted() == [
                "consent-withdrawal-unmatched", "consent-withdrawal-unmatched", "consent-withdrawn",
            ])
        #expect(!audit.contains { $0.details.contains("ase@") })
    }
}
