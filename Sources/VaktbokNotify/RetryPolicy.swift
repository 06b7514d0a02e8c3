import Foundation

/// Exponential backoff: first retry after 10 s, doubling up to an hour; give up 24 hours after the message was written.
public struct RetryPolicy: Sendable {
    public var firstDelay: TimeInterval = 10
    public var longestDelay: TimeInterval = 3_600
    public var giveUpAfter: TimeInterval = 24 * 3_600

    /// The defaults.
    public init() {}

    /// When to try again after the `attempts`-th failed attempt, or nil when the message should be given up.
    public func nextAttempt(after attempts: Int, createdAt: Date, now: Date) -> Date? {
        let delay = min(firstDelay * pow(2, Double(max(attempts - 1, 0))), longestDelay)
        let next = now.addingTimeInterval(delay)
        return next.timeIntervalSince(createdAt) > giveUpAfter ? nil : next
    }
}
