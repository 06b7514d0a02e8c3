import Foundation

/// Where the delivery service finds pending messages and records what became of them.
public protocol Outbox: Sendable {
    /// Pending messages due at `now`, oldest first.
    func dueMessages(now: Date, limit: Int) async throws -> [OutboxMessage]
    /// The message went out: keep only that fact.
    func markSent(messageID: Int64, now: Date) async throws
    /// The attempt failed for now: try again at `next`.
    func markRetry(messageID: Int64, next: Date, error: String) async throws
    /// Give the message up.
    func markFailed(messageID: Int64, error: String) async throws
}
