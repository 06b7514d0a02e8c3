import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("School groups in the store: idempotent import, dry run, arrivals once per member, site scope")
struct GroupStoreTests {
    let now = StoreFixture.utc("2026-12-03T07:30:00Z")

    func list(_ text: String, dryRun: Bool = false, on fixture: StoreFixture) throws -> GroupImport {
        GroupImport(
            siteID: fixture.site.rowID, date: try CalendarDate("2026-12-03"), school: try SchoolName("Ås skole"), hostID: fixture.host.rowID,
            contactPhone: try PhoneNumber("41234567"), list: try NameList(bytes: Array(text.utf8)), dryRun: dryRun, actor: "test"
        )
    }

    @Test("importing the same list twice changes nothing; a dry run stores nothing")
    func idempotentImport() async throws {
        let fixture = try await StoreFixture()
        let text = "navn;rolle\nSiv Åkerø;elev\nTrine Lærer-Haugen;lærer\n"
        let dry = try await fixture.database.importGroup(try list(text, dryRun: true, on: fixture), now: now)
        #expect(dry.count(.imported) == 2)
        #expect(try await fixture.database.groups(siteID: fixture.site.rowID, date: CalendarDate("2026-12-03")).isEmpty)
        let first = try await fixture.database.importGroup(try list(text, on: fixture), now: now)
        let again = try await fixture.database.importGroup(try list(text, on: fixture), now: now)
        #expect(first.created && first.count(.imported) == 2)
        #expect(!again.created && !again.groupChanged && again.count(.unchanged) == 2 && again.group.rowID == first.group.rowID)
    }

    @Test("arriving twice is harmless, and another site's staff do not find the group")
    func arrivals() async throws {
        let fixture = try await StoreFixture()
        let imported = try await fixture.database.importGroup(try list("Siv Åkerø\nOla Nordmann\n", on: fixture), now: now)
        let group = imported.group.rowID
        let first = try await fixture.database.arrive(
            groupID: group, memberIDs: nil, siteID: fixture.site.rowID, contactPhone: nil, staffID: nil, now: now)
        let second = try await fixture.database.arrive(
            groupID: group, memberIDs: nil, siteID: fixture.site.rowID, contactPhone: nil, staffID: nil, now: now)
        #expect(first.arrived.count == 2 && second.arrived.isEmpty && Set(second.alreadyArrived) == Set(first.arrived))
        #expect(try await fixture.database.onSite(siteID: fixture.site.rowID).count == 2)
        await #expect(throws: StoreError.self) { try await fixture.database.group(id: group, siteID: fixture.site.rowID + 1) }
    }
}
