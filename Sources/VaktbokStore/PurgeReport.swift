import Foundation

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

/// What a purge run did: the body of its receipt and of the printed summary. No personal data.
public struct PurgeReport: Codable, Sendable, Equatable {
    public var runId: String
    /// Wall-clock start of the run.
    public var startedAt: Date
    /// The instant the rules were applied at (`--now`, or the start).
    public var now: Date
    public var dryRun: Bool
    /// Per site code, the instant before which a visit's check-out day had to start to be deleted.
    public var cutoffs: [String: Date]
    /// Per table, rows deleted (or, in a dry run, due).
    public var deleted: [String: Int]
    /// Per table, rows past their cutoff but kept by an active hold.
    public var heldBack: [String: Int]
    /// Visits left open on an earlier day that were checked out automatically.
    public var autoCheckedOut: Int
    /// Whether `wal_checkpoint(TRUNCATE)` completed, so that no deleted data is left in the WAL.
    public var checkpoint: CheckpointResult
    public var durationSeconds: Double
}

/// The outcome of the final WAL checkpoint.
public enum CheckpointResult: String, Codable, Sendable {
    /// The WAL was written back and truncated to zero bytes.
    case truncated
    /// A reader kept the checkpoint from completing; run again later.
    case busy
    /// A dry run does not checkpoint.
    case skipped
}
