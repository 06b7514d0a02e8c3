import Foundation
import GRDB
import VaktbokCore
@testable import VaktbokStore

/// A database with site OSL and one host, opened by the test process (a second connection during purges).
struct SeededDatabase {
    let cli = VaktbokBinary()
    let database: AppDatabase
    let site: SiteRecord
    let host: HostRecord

    init() async throws {
        database = try AppDatabase(path: cli.databasePath)
        site = try await database.addSite(code: SiteCode("OSL"), name: "Oslo HQ", timeZone: TimeZoneName("Europe/Oslo"), now: Date(timeIntervalSince1970: 0))
        host = try await database.addHost(siteCode: SiteCode("OSL"), name: PersonName("Kari Nordmann"), phone: nil, email: nil, now: site.createdAt)
    }

    func checkIn(_ name: String, _ phone: String, at: String) async throws -> VisitDetails {
        try await database.checkIn(
            siteID: site.rowID, hostID: host.rowID, name: PersonName(name), phone: PhoneNumber(phone),
            badgeCode: .random(), staffID: nil, now: Date(at, strategy: .iso8601)
        )
    }

    /// How often `needle` occurs in the raw bytes of the database file and its -wal and -shm companions.
    func rawOccurrences(of needle: String) throws -> Int {
        let pattern = Data(needle.utf8)
        return try ["", "-wal", "-shm"].map { cli.databasePath + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
            .reduce(0) { count, path in
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                var found = 0
                var range = bytes.startIndex..<bytes.endIndex
                while let hit = bytes.range(of: pattern, in: range) {
                    found += 1
                    range = hit.upperBound..<bytes.endIndex
                }
                return count + found
            }
    }
}
