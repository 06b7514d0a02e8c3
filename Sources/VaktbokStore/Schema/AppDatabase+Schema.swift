import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Migrations this binary knows and the database has not had yet, in order.
    public func pendingMigrations() async throws -> [String] {
        try await read { db in
            let applied = try Self.migrator.appliedIdentifiers(db)
            return Self.migrator.migrations.filter { !applied.contains($0) }
        }
    }

    /// Applies the pending migrations, each in its own transaction; returns their identifiers.
    public func migrate() async throws -> [String] {
        let pending = try await pendingMigrations()
        try Self.migrator.migrate(pool)
        return pending
    }

    /// Whether the database can serve: every migration applied and a write lock obtainable (not read-only, not
    /// held past the busy timeout). Throws the `StoreError` that says why not.
    public func checkReady() async throws {
        let pending = try await pendingMigrations()
        guard pending.isEmpty else { throw StoreError.schemaBehind(pending: pending) }
        do {
            try await pool.writeWithoutTransaction { db in try db.inTransaction(.immediate) { .rollback } }
        } catch let error as DatabaseError {
            throw Self.storeError(error)
        }
    }

    /// Migrations recorded in `db` that this binary does not know (a newer Vaktbok applied them).
    static func unknownMigrations(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        let known = Set(migrator.migrations)
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid").filter { !known.contains($0) }
    }
}
