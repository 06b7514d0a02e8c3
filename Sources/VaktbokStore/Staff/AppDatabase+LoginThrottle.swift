import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Counts a sign-in attempt by `username` from `client` as a failure, atomically with the check of the locks:
    /// the attempt, or when a lock is in force, the time it lifts. Parallel guesses are serialised by the writer.
    public func beginLogin(username: String, client: String, policy: LoginThrottlePolicy, now: Date) async throws -> Result<LoginAttempt, LoginLocked>
    {
        let user = Self.sha256(username.lowercased()), from = Self.sha256("client:" + client)
        return try await write { db in
            let since = now.addingTimeInterval(-policy.window)
            try db.execute(sql: "DELETE FROM login_failure WHERE failed_at <= ?", arguments: [since])
            let checks: [(String, StatementArguments, Int)] = [
                ("username_hash = ? AND client_hash = ?", [user, from], policy.perUserAndClient),
                ("client_hash = ?", [from], policy.perClient),
                ("username_hash = ?", [user], policy.perUser),
            ]
            for (condition, arguments, limit) in checks {
                let oldest = try Date.fetchOne(
                    db,
                    sql: """
                        SELECT failed_at FROM login_failure WHERE \(condition) ORDER BY failed_at DESC LIMIT 1 OFFSET ?
                        """, arguments: arguments + [limit - 1])
                if let oldest { return .failure(LoginLocked(until: oldest.addingTimeInterval(policy.window))) }
            }
            try db.execute(sql: "INSERT INTO login_failure (username_hash, client_hash, failed_at) VALUES (?, ?, ?)", arguments: [user, from, now])
            return .success(LoginAttempt(rowID: db.lastInsertedRowID, usernameHash: user, clientHash: from))
        }
    }

    /// Forgets `attempt` and the earlier failures of its username from its client, after the password matched.
    public func loginSucceeded(_ attempt: LoginAttempt) async throws {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM login_failure WHERE id = ? OR (username_hash = ? AND client_hash = ?)",
                arguments: [attempt.rowID, attempt.usernameHash, attempt.clientHash])
        }
    }
}
