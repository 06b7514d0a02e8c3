import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Reads one row and the storage pragmas; throws when the database cannot be read.
    public func health() async throws -> StorageSettings {
        _ = try await read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM site") }
        return try await storageSettings()
    }
}
