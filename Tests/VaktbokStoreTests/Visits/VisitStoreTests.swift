import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Visits in the store")
struct VisitStoreTests {
    @Test("check-in, on-site list and check-out by badge")
    func lifecycle() async throws {
        let fixture = try await StoreFixture()
        let now = StoreFixture.utc("2026-11-22T09:00:00Z")
        let visit = try await fixture.checkIn(at: now)
        #expect(visit.hostName == "Kari Nordmann" && visit.siteCode == "OSL")
        #expect(try await fixture.database.onSite(siteID: fixture.site.rowID).map(\.visit.id) == [visit.visit.id])

        let out = try await fixture.database.checkOut(
            badgeCode: BadgeCode(visit.visit.badgeCode), siteID: nil, now: now.addingTimeInterval(3600)
        )
        #expect(out.visit.checkoutKind == .badge)
        #expect(out.visit.checkedOutAt == now.addingTimeInterval(3600))
        #expect(try await fixture.database.onSite(siteID: fixture.site.rowID).isEmpty)
    }

    @Test("a second check-out is a conflict; unknown codes and other sites are not found")
    func checkOutErrors() async throws {
        let fixture = try await StoreFixture()
        let visit = try await fixture.checkIn(at: Date())
        let code = try BadgeCode(visit.visit.badgeCode)
        await #expect(throws: StoreError.notFound(entity: "visit", field: "badgeCode")) {
            try await fixture.database.checkOut(badgeCode: code, siteID: fixture.site.rowID + 1, now: Date())
        }
        _ = try await fixture.database.checkOut(badgeCode: code, siteID: fixture.site.rowID, now: Date())
        await #expect(throws: StoreError.conflict("the visitor is already checked out")) {
            try await fixture.database.checkOut(badgeCode: code, siteID: nil, now: Date())
        }
        await #expect(throws: StoreError.notFound(entity: "visit", field: "badgeCode")) {
            try await fixture.database.checkOut(badgeCode: .random(), siteID: nil, now: Date())
        }
    }

    @Test("the host must be active and of the visit's site")
    func hostRules() async throws {
        let fixture = try await StoreFixture()
        let bergen = try await fixture.database.addSite(
            code: SiteCode("BGO"), name: "Bergen", timeZone: TimeZoneName("Europe/Oslo"), now: Date()
        )
        await #expect(throws: StoreError.notFound(entity: "host", field: "hostId")) {
            try await fixture.database.checkIn(
                siteID: bergen.rowID, hostID: fixture.host.rowID, name: PersonName("Per Ærø"),
                phone: PhoneNumber("91234567"), badgeCode: .random(), staffID: nil, now: Date()
            )
        }
        _ = try await fixture.database.deactivateHost(id: fixture.host.rowID, actor: "test", now: Date())
        await #expect(throws: ValidationError.self) { try await fixture.checkIn(at: Date()) }
        await #expect(throws: StoreError.conflict("host is already inactive")) {
            try await fixture.database.deactivateHost(id: fixture.host.rowID, actor: "test", now: Date())
        }
    }

    @Test("site codes are unique")
    func duplicateSite() async throws {
        let fixture = try await StoreFixture()
        await #expect(throws: StoreError.duplicate(field: "code")) {
            try await fixture.database.addSite(code: SiteCode("osl"), name: "Again", timeZone: TimeZoneName("UTC"), now: Date())
        }
    }

    @Test("host search: active hosts of the site only, accent- and case-insensitive")
    func hostSearch() async throws {
        let fixture = try await StoreFixture()
        let code = try SiteCode("OSL")
        let åse = try await fixture.database.addHost(
            siteCode: code, name: PersonName("Åse Bjørnstad-Ødegård"), phone: nil, email: nil, now: Date()
        )
        let gone = try await fixture.database.addHost(siteCode: code, name: PersonName("Åsmund Li"), phone: nil, email: nil, now: Date())
        _ = try await fixture.database.deactivateHost(id: gone.rowID, actor: "test", now: Date())
        #expect(try await fixture.database.searchHosts(siteID: fixture.site.rowID, prefix: "AS", limit: 20).map(\.id) == [åse.id])
        #expect(try await fixture.database.searchHosts(siteID: fixture.site.rowID, prefix: "nord", limit: 20).map(\.id) == [fixture.host.id])
        #expect(try await fixture.database.searchHosts(siteID: fixture.site.rowID + 1, prefix: "", limit: 20).isEmpty)
    }
}
