import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// `wal_checkpoint(TRUNCATE)`, retried a second later while readers (or another process's checkpoint) hold it:
    /// deleted rows leave the WAL. It takes its turn with this process's background checkpoints.
    func checkpoint(attempts: Int) async throws -> CheckpointResult {
        for attempt in 1...max(attempts, 1) {
            let truncate = { @Sendable in
                try await self.pool.writeWithoutTransaction { db in
                    let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                    return row?[0] as Int? == 0
                }
            }
            let done = if let checkpointer { try await checkpointer.turn.exclusively(truncate) } else { try await truncate() }
            if done { return .truncated }
            if attempt < attempts { try await Task.sleep(for: .seconds(1)) }
        }
        return .busy
    }
}
