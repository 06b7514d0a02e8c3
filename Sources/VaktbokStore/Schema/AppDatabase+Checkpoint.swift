import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// `wal_checkpoint(TRUNCATE)`, retried a second later while readers hold it: deleted rows leave the WAL.
    func checkpoint(attempts: Int) async throws -> CheckpointResult {
        for attempt in 1...max(attempts, 1) {
            let done = try await pool.writeWithoutTransaction { db in
                let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                return row?[0] as Int? == 0
            }
            if done { return .truncated }
            if attempt < attempts { try await Task.sleep(for: .seconds(1)) }
        }
        return .busy
    }
}
