import Foundation
import Logging
import ServiceLifecycle
import VaktbokCore

/// Delivers the outbox at least once: polls for due messages, sends each through its channel, and records
/// sent, retry with backoff, or failed. Pending messages survive restarts, since they live in the database.
public struct DeliveryService: Service {
    let outbox: any Outbox
    let channels: [OutboxMessage.Channel: any DeliveryChannel]
    let policy: RetryPolicy
    let pollInterval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    /// A service over `outbox` with a channel per message kind (a kind without one waits until one is configured).
    public init(
        outbox: any Outbox, channels: [OutboxMessage.Channel: any DeliveryChannel], policy: RetryPolicy = RetryPolicy(),
        pollInterval: Duration = .seconds(1), now: @escaping @Sendable () -> Date, logger: Logger
    ) {
        self.outbox = outbox
        self.channels = channels
        self.policy = policy
        self.pollInterval = pollInterval
        self.now = now
        self.logger = logger
    }

    /// Delivers due messages every `pollInterval` until graceful shutdown.
    public func run() async {
        await PeriodicLoop(failure: "outbox delivery failed", interval: pollInterval, logger: logger).run {
            _ = try await deliverDue()
        }
    }

    /// One pass over the due messages; returns how many were sent.
    @discardableResult
    public func deliverDue() async throws -> Int {
        var sent = 0
        for message in try await outbox.dueMessages(now: now(), limit: 50) where !Task.isShuttingDownGracefully {
            let result = await channels[message.channel]?.deliver(message) ?? .retry("no \(message.channel.rawValue) channel configured")
            switch result {
            case .sent:
                try await outbox.markSent(messageID: message.id, now: now())
                sent += 1
            case let .permanent(reason):
                try await outbox.markFailed(messageID: message.id, error: reason)
                logger.warning("message refused", metadata: ["message.id": "\(message.id)", "reason": "\(reason)"])
            case let .retry(reason):
                if let next = policy.nextAttempt(after: message.attempts + 1, createdAt: message.createdAt, now: now()) {
                    try await outbox.markRetry(messageID: message.id, next: next, error: reason)
                } else {
                    try await outbox.markFailed(messageID: message.id, error: "gave up: \(reason)")
                    logger.warning("message given up", metadata: ["message.id": "\(message.id)", "reason": "\(reason)"])
                }
            }
        }
        return sent
    }
}
