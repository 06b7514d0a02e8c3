import Foundation
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

/// A fresh database file in a temporary folder, with site OSL (Europe/Oslo) and one host there.
struct StoreFixture {
    let database: AppDatabase
    let site: SiteRecord
    let host: HostRecord

    init() async throws {
        database = try AppDatabase(path: TemporaryFolder.make("store").appendingPathComponent("test.sqlite").path)
        site = try await database.addSite(
            code: SiteCode("OSL"), name: "Oslo HQ", timeZone: TimeZoneName("Europe/Oslo"), now: Self.utc("2026-01-01T00:00:00Z")
        )
        host = try await database.addHost(
            siteCode: SiteCode("OSL"), name: PersonName("Kari Nordmann"), phone: nil, email: nil, now: site.createdAt
        )
        // Adding the site is audited; the tests audit what they do themselves, so the log starts empty.
        try await database.pool.write { db in try db.execute(sql: "DELETE FROM audit_log") }
    }

    /// Checks in a visitor with invented data at `at`.
    func checkIn(at: Date, name: String = "Ærlig Østby-Ås", phone: String = "91234567") async throws -> VisitDetails {
        try await database.checkIn(
            siteID: site.rowID, hostID: host.rowID, name: PersonName(name), phone: PhoneNumber(phone),
            badgeCode: .random(), staffID: nil, now: at
        )
    }

    static func utc(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }
}
