import Foundation
import VaktbokCore

/// How a purge run is to be done.
public struct PurgeOptions: Sendable {
    /// The instant the retention rules are applied at.
    public var now: Date
    /// Count only: change nothing, write no receipt.
    public var dryRun = false
    /// Rows deleted per write transaction (1–1,000).
    public var batchSize = 1_000
    /// Pause between batches, so that check-ins get the writer in between.
    public var pause: Duration = .milliseconds(10)
    /// How many times the final WAL checkpoint is tried while readers hold it.
    public var checkpointAttempts = 3
    /// Closed data-subject requests are kept this many days after closing.
    public var requestRetentionDays = 365

    /// Options for a run at `now`, with the defaults otherwise.
    public init(now: Date) {
        self.now = now
    }
}
