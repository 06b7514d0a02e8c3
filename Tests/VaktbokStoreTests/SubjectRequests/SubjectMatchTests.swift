import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Which records are a data subject's")
struct SubjectMatchTests {
    let now = StoreFixture.utc("2026-11-22T09:00:00Z")

    /// Group places for Siv with and without an e-mail address, one with another address, and three visits.
    func seeded() async throws -> StoreFixture {
        let fixture = try await StoreFixture()
        let list = "navn;rolle;e-post\nSiv Åkerø;elev;siv@example.no\nOla Nordmann;elev;\n"
        for (school, text) in [("Elvebakken vgs", list), ("Ås skole", "Siv Akerø\n"), ("Bø skole", "navn;e-post\nSiv Åkerø;annen@example.no\n")] {
            _ = try await fixture.database.importGroup(
                GroupImport(
                    siteID: fixture.site.rowID, date: CalendarDate("2026-12-03"), school: SchoolName(school), hostID: fixture.host.rowID,
                    contactPhone: PhoneNumber("91234567"), list: NameList(bytes: Array(text.utf8)), dryRun: false, actor: "test"
                ), now: now)
        }
        _ = try await fixture.checkIn(at: now, name: "Siv Åkerø", phone: "91234567")
        _ = try await fixture.checkIn(at: now, name: "Siv Åkerø", phone: "41111111")
        _ = try await fixture.checkIn(at: now, name: "Ola Nordmann", phone: "91234567")
        return fixture
    }

    @Test("name, phone and e-mail together: only records whose every held identifier matches, accents folded")
    func allIdentifiers() async throws {
        let fixture = try await seeded()
        let records = try await fixture.database.subjectRecords(
            SubjectIdentifiers(phone: "912 34 567", email: "SIV@example.no", name: "SIV ÅKERØ"), now: now
        )
        #expect(records.visits.map { "\($0.name) \($0.phone)" } == ["Siv Åkerø +4791234567"])
        #expect(records.groupMemberships.map(\.school).sorted() == ["Elvebakken vgs", "Ås skole"])
        #expect(records.pendingMessages.count == 1, "the visitor SMS of the matching visit")
    }

    @Test("an e-mail address alone finds the group place listed with it, not the namesakes'")
    func emailAlone() async throws {
        let fixture = try await seeded()
        let records = try await fixture.database.subjectRecords(SubjectIdentifiers(phone: nil, email: "siv@example.no", name: nil), now: now)
        #expect(records.groupMemberships.map(\.school) == ["Elvebakken vgs"] && records.visits.isEmpty)
    }

    @Test("a phone alone finds its visits whatever the name, and no group places")
    func phoneAlone() async throws {
        let fixture = try await seeded()
        let records = try await fixture.database.subjectRecords(SubjectIdentifiers(phone: "91234567", email: nil, name: nil), now: now)
        #expect(records.visits.map(\.name) == ["Siv Åkerø", "Ola Nordmann"] && records.groupMemberships.isEmpty)
    }
}
