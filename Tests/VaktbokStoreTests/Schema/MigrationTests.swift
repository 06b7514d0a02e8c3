import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("Upgrades: a database left at any earlier schema migrates forward to today's and keeps its data")
struct MigrationTests {
    /// Every schema a release has shipped with: the database as each migration left it, the last excepted.
    static let released = Array(AppDatabase.migrator.migrations.dropLast())

    /// The schema as SQLite records it: tables, indices and triggers with their SQL.
    private static func schema(_ path: String) async throws -> [String] {
        try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(
                db, sql: "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
            )
        }
    }

    @Test("upgrading from each released schema gives the fresh schema, and the visit stored before the upgrade is intact", arguments: released)
    func upgrade(from last: String) async throws {
        let folder = TemporaryFolder.make("migrate")
        let freshPath = folder.appendingPathComponent("fresh.sqlite").path, oldPath = folder.appendingPathComponent("old.sqlite").path
        _ = try AppDatabase(path: freshPath)
        let queue = try DatabaseQueue(path: oldPath)
        try AppDatabase.migrator.migrate(queue, upTo: last)
        try await queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO site (id, code, name, time_zone, created_at) VALUES (1, 'OSL', 'Oslo HQ', 'Europe/Oslo', '2026-01-01 00:00:00.000');
                    INSERT INTO host (id, site_id, name, active, created_at) VALUES (1, 1, 'Kari Nordmann', 1, '2026-01-01 00:00:00.000');
                    INSERT INTO visit (id, site_id, host_id, visitor_name, visitor_phone, badge_code, checked_in_at)
                    VALUES (7, 1, 1, 'Åse Ødegård-Lie', '+4741234567', 'AAAAAAAAAAAAAAAAAAAAAA', '2026-11-22 08:00:00.000');
                    """)
            if try db.columns(in: "host").contains(where: { $0.name == "search_key" }) {  // as the release that added it saves a host
                try db.execute(sql: "UPDATE host SET search_key = ? WHERE id = 1", arguments: [SearchFolding.searchKey(of: "Kari Nordmann")])
            }
        }
        let upgraded = try AppDatabase(path: oldPath, migrating: false)
        #expect(try await upgraded.pendingMigrations() == Array(AppDatabase.migrator.migrations.drop { $0 != last }.dropFirst()))
        #expect(try await upgraded.migrate().isEmpty == false)
        #expect(try await upgraded.pendingMigrations().isEmpty)
        try await upgraded.checkReady()
        let visit = try await upgraded.visit(id: 7)
        #expect(visit.visit.visitorName == "Åse Ødegård-Lie" && visit.hostName == "Kari Nordmann" && visit.siteCode == "OSL")
        #expect(try await upgraded.searchHosts(siteID: 1, prefix: "nord", limit: 5).map(\.name) == ["Kari Nordmann"], "the search key is filled in")
        let upgradedSchema = try await Self.schema(oldPath), freshSchema = try await Self.schema(freshPath)
        #expect(upgradedSchema == freshSchema)
    }

    @Test("a database a newer Vaktbok migrated is refused with the migrations it does not know, and left unchanged")
    func newerSchemaRefused() async throws {
        let path = TemporaryFolder.make("newer").appendingPathComponent("newer.sqlite").path
        _ = try AppDatabase(path: path)
        try await DatabaseQueue(path: path).write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        #expect(throws: StoreError.schemaTooNew(unknown: ["v99-future"])) { try AppDatabase(path: path) }
        #expect(StoreError.schemaTooNew(unknown: ["v99-future"]).message.contains("upgraded by a newer Vaktbok (v99-future)"))
        let recorded = try await DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") }
        #expect(recorded == AppDatabase.migrator.migrations.count + 1)
    }

    @Test("readiness fails, naming the fix, while a migration is pending")
    func readinessNeedsMigrations() async throws {
        let path = TemporaryFolder.make("pending").appendingPathComponent("pending.sqlite").path
        try AppDatabase.migrator.migrate(try DatabaseQueue(path: path), upTo: "v8-boundaries")
        let database = try AppDatabase(path: path, migrating: false)
        let after = Array(AppDatabase.migrator.migrations.drop { $0 != "v8-boundaries" }.dropFirst())
        #expect(after.first == "v9-backups")
        await #expect(throws: StoreError.schemaBehind(pending: after)) { try await database.checkReady() }
        _ = try await database.migrate()
        try await database.checkReady()
    }
}
