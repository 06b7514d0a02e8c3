import Foundation
import VaktbokCore

/// How a purge run is to be done.
public struct PurgeOptions: Sendable {
    /// The instant the retention rules are applied at.
    public var now: Date
    /// Count only: change nothing, write no receipt.
    public var dryRun = false
    /// The most rows deleted in one write transaction (1–1,000).
    public var batchSize = 1_000
    /// How long one write transaction may take: the batch size adapts to it (`BatchPacer`), so that a check-in
    /// waits for the writer no longer than this.
    public var batchBudget: Duration = .milliseconds(defaultBatchBudgetMilliseconds)
    /// The batch budget unless told otherwise: 2 ms kept the desk's p99 within 2x during a purge of 1 M visits
    /// (BENCHMARKS.md, "Check-ins during a large purge").
    public static let defaultBatchBudgetMilliseconds = 2
    /// Pause between batches, so that check-ins get the writer in between.
    public var pause: Duration = .milliseconds(2)
    /// How many times the final WAL checkpoint is tried while readers hold it.
    public var checkpointAttempts = 3
    /// Closed data-subject requests are kept this many days after closing.
    public var requestRetentionDays = 365

    /// Options for a run at `now`, with the defaults otherwise.
    public init(now: Date) {
        self.now = now
    }
}
