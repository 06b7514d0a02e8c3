import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("Purge: hosts who left are forgotten once their site's retention window has passed")
struct HostDepartureTests {
    let utc = StoreFixture.utc

    func purge(_ fixture: StoreFixture, at now: String) async throws -> PurgeReport {
        var options = PurgeOptions(now: utc(now))
        options.pause = .zero
        return try await fixture.database.purge(options)
    }

    func host(_ fixture: StoreFixture, _ name: String, phone: String, email: String) async throws -> HostRecord {
        try await fixture.database.addHost(
            siteCode: SiteCode("OSL"), name: PersonName(name), phone: PhoneNumber(phone), email: EmailAddress(email), now: utc("2026-11-01T08:00:00Z")
        )
    }

    @Test("a host gone 10 days stays; at 11 days the row and its contact details are gone from the files; an active host stays")
    func forgotten() async throws {
        let fixture = try await StoreFixture()
        let left = try await host(fixture, "Kanari Sluttet-Ødegård", phone: "+4790111222", email: "kanari.sluttet@example.no")
        let staying = try await host(fixture, "Åse Blir-Værende", phone: "+4790333444", email: "ase.blir@example.no")
        let visit = try await fixture.database.checkIn(
            siteID: fixture.site.rowID, hostID: left.rowID, name: PersonName("Per Ærø"), phone: PhoneNumber("91234567"), badgeCode: .random(),
            staffID: nil, now: utc("2026-11-02T09:00:00Z"))
        _ = try await fixture.database.checkOut(visitID: visit.visit.rowID, siteID: nil, now: utc("2026-11-02T10:00:00Z"))
        _ = try await fixture.database.deactivateHost(id: left.rowID, actor: "test", now: utc("2026-11-03T12:00:00Z"))

        let early = try await purge(fixture, at: "2026-11-13T11:00:00Z")
        #expect(early.deleted["host"] == 0 && early.deleted["visit"] == 1, "the visit is past its window, the host's departure not yet")
        #expect(try await fixture.database.hosts(siteCode: SiteCode("OSL")).contains { $0.id == left.id })

        let later = try await purge(fixture, at: "2026-11-13T12:00:01Z")
        #expect(later.deleted["host"] == 1)
        let remaining = Set(try await fixture.database.hosts(siteCode: SiteCode("OSL")).map(\.id))
        #expect(remaining == [staying.id, fixture.host.id])
        for canary in ["kanari.sluttet@example.no", "4790111222", "Kanari Sluttet"] {
            #expect(try RawFiles.occurrences(of: canary, databasePath: fixture.database.path) == 0, "\(canary)")
        }
        #expect(try RawFiles.occurrences(of: "ase.blir@example.no", databasePath: fixture.database.path) > 0, "the canary search finds what is there")
    }

    @Test("a host who left but is still named by a held visit keeps the name for that visit; phone and e-mail are blanked")
    func heldVisit() async throws {
        let fixture = try await StoreFixture()
        let left = try await host(fixture, "Kanari Holdt-Åsen", phone: "+4790555666", email: "kanari.holdt@example.no")
        let visit = try await fixture.database.checkIn(
            siteID: fixture.site.rowID, hostID: left.rowID, name: PersonName("Per Ærø"), phone: PhoneNumber("91234567"), badgeCode: .random(),
            staffID: nil, now: utc("2026-11-02T09:00:00Z"))
        _ = try await fixture.database.checkOut(visitID: visit.visit.rowID, siteID: nil, now: utc("2026-11-02T10:00:00Z"))
        _ = try await fixture.database.addHold(
            visitID: visit.visit.rowID, reason: "a complaint", endsAt: utc("2027-01-31T00:00:00Z"), now: utc("2026-11-03T08:00:00Z"))
        _ = try await fixture.database.deactivateHost(id: left.rowID, actor: "test", now: utc("2026-11-03T12:00:00Z"))

        let report = try await purge(fixture, at: "2026-11-20T12:00:00Z")
        #expect(report.deleted["host"] == 0 && report.deleted["host_contact"] == 1)
        let kept = try #require(try await fixture.database.hosts(siteCode: SiteCode("OSL")).first { $0.id == left.id })
        #expect(kept.name == "Kanari Holdt-Åsen" && kept.phone == nil && kept.email == nil)
        let stored = try await fixture.database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM host WHERE id = ? AND (phone IS NOT NULL OR email IS NOT NULL)", arguments: [left.id])
        }
        #expect(stored == 0, "the row keeps no contact details (the held visit's own sent messages stay with that visit)")
        #expect(try await purge(fixture, at: "2026-11-21T12:00:00Z").deleted["host_contact"] == 0, "blanked once")
    }

    @Test("a provisioned host the identity provider disabled, named by a held visit: the SCIM link and its user name go too")
    func provisioned() async throws {
        let fixture = try await StoreFixture()
        let user = ProvisionedUser(
            userName: try Label("kanari.scim@firma.example"), externalID: try Label("c0ffee00-aaaa-bbbb-cccc-000000000001"),
            givenName: try Label("Kanari"), familyName: try Label("Provisjonert-Øien"), mobile: try PhoneNumber("+4790777888"))
        let record = try await fixture.database.provision(user, siteID: fixture.site.rowID, now: utc("2026-11-01T08:00:00Z"))
        let visit = try await fixture.database.checkIn(
            siteID: fixture.site.rowID, hostID: record.hostID, name: PersonName("Per Ærø"), phone: PhoneNumber("91234567"), badgeCode: .random(),
            staffID: nil, now: utc("2026-11-02T09:00:00Z"))
        _ = try await fixture.database.addHold(
            visitID: visit.visit.rowID, reason: "a complaint", endsAt: utc("2027-01-31T00:00:00Z"), now: utc("2026-11-03T08:00:00Z"))
        var disabled = user
        disabled.active = false
        _ = try await fixture.database.replaceProvisioned(
            hostID: record.hostID, siteID: fixture.site.rowID, with: disabled, now: utc("2026-11-03T12:00:00Z"))

        let early = try await purge(fixture, at: "2026-11-13T11:00:00Z")
        #expect(early.deleted["scim_user"] == 0)
        #expect(try await fixture.database.provisionedUser(hostID: record.hostID, siteID: fixture.site.rowID).user.active == false)
        let report = try await purge(fixture, at: "2026-11-20T12:00:00Z")
        #expect(report.deleted["scim_user"] == 1 && report.deleted["host_contact"] == 1)
        await #expect(throws: StoreError.notFound(entity: "user", field: "id")) {
            try await fixture.database.provisionedUser(hostID: record.hostID, siteID: fixture.site.rowID)
        }
        // The name stays for the held visit, the mobile only in its own sent message (see heldVisit); the row is blanked.
        #expect(try await fixture.database.hosts(siteCode: SiteCode("OSL")).first { $0.id == record.hostID }?.phone == nil)
        for canary in ["kanari.scim@firma.example", "c0ffee00-aaaa"] {
            #expect(try RawFiles.occurrences(of: canary, databasePath: fixture.database.path) == 0, "\(canary)")
        }
    }
}
