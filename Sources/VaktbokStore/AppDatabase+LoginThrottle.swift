import Foundation
import GRDB

extension AppDatabase {
    /// When the lock on `username` lifts, if at least `limit` logins failed within `window` before `now`.
    public func loginLockedUntil(username: String, now: Date, limit: Int, window: TimeInterval) async throws -> Date? {
        try await pool.read { db in
            let failures = try Date.fetchAll(
                db,
                sql: "SELECT failed_at FROM login_failure WHERE username_hash = ? AND failed_at > ? ORDER BY failed_at",
                arguments: [Self.sha256(username.lowercased()), now.addingTimeInterval(-window)]
            )
            guard failures.count >= limit, let first = failures.first else { return nil }
            return first.addingTimeInterval(window)
        }
    }

    /// Records a failed login for `username` (kept as a hash) and prunes failures older than `window`.
    public func recordLoginFailure(username: String, now: Date, window: TimeInterval) async throws {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM login_failure WHERE failed_at <= ?",
                arguments: [now.addingTimeInterval(-window)]
            )
            try db.execute(
                sql: "INSERT INTO login_failure (username_hash, failed_at) VALUES (?, ?)",
                arguments: [Self.sha256(username.lowercased()), now]
            )
        }
    }

    /// Forgets the failed logins of `username` after a successful one.
    public func clearLoginFailures(username: String) async throws {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM login_failure WHERE username_hash = ?",
                arguments: [Self.sha256(username.lowercased())]
            )
        }
    }
}
