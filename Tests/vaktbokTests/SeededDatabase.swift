import Foundation
import GRDB
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

/// A database with site OSL and one host, opened by the test process (a second connection during purges).
struct SeededDatabase {
    let cli = VaktbokBinary()
    let database: AppDatabase
    let site: SiteRecord
    let host: HostRecord

    init() async throws {
        database = try AppDatabase(path: cli.databasePath)
        site = try await database.addSite(
            code: SiteCode("OSL"), name: "Oslo HQ", timeZone: TimeZoneName("Europe/Oslo"), now: Date(timeIntervalSince1970: 0))
        host = try await database.addHost(siteCode: SiteCode("OSL"), name: PersonName("Kari Nordmann"), phone: nil, email: nil, now: site.createdAt)
        // Adding the site is audited; the tests audit what they do themselves, so the log starts empty.
        try await database.pool.write { db in try db.execute(sql: "DELETE FROM audit_log") }
    }

    func checkIn(_ name: String, _ phone: String, at: String) async throws -> VisitDetails {
        try await database.checkIn(
            siteID: site.rowID, hostID: host.rowID, name: PersonName(name), phone: PhoneNumber(phone),
            badgeCode: .random(), staffID: nil, now: Date(at, strategy: .iso8601)
        )
    }

    /// How often `needle` occurs in the raw bytes of the database file and its -wal and -shm companions.
    func rawOccurrences(of needle: String) throws -> Int {
        try RawFiles.occurrences(of: needle, databasePath: cli.databasePath)
    }
}
