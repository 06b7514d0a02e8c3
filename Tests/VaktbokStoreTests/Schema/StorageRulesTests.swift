import Foundation
import GRDB
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Storage follows the privacy rules")
struct StorageRulesTests {
    @Test("every connection, reader or writer, runs with secure_delete, WAL and the other pragmas")
    func pragmas() async throws {
        let fixture = try await StoreFixture()
        let expected = StorageSettings(secureDelete: 1, journalMode: "wal", foreignKeys: 1, journalSizeLimit: 0, tempStore: 2)
        async let readers = withThrowingTaskGroup(of: StorageSettings.self) { group in
            for _ in 0..<4 { group.addTask { try await fixture.database.storageSettings() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(try await readers.allSatisfy { $0 == expected })
        let writer = try await fixture.database.pool.write { db in
            (try Int.fetchOne(db, sql: "PRAGMA secure_delete"), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(writer.0 == 1 && writer.1 == "wal")
    }

    @Test("timestamps are stored as UTC text")
    func utcTimestamps() async throws {
        let fixture = try await StoreFixture()
        let visit = try await fixture.checkIn(at: StoreFixture.utc("2026-03-29T08:15:00Z"))
        let raw = try await fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT checked_in_at FROM visit WHERE id = ?", arguments: [visit.visit.rowID])
        }
        #expect(raw == "2026-03-29 08:15:00.000")
    }

    @Test("opening the same file twice migrates once and keeps the data")
    func reopen() async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.checkIn(at: Date())
        let again = try AppDatabase(path: fixture.database.path)
        #expect(try await again.onSite(siteID: fixture.site.rowID).count == 1)
    }
}
