import Foundation

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
    /// When the oldest backup still kept was taken (`vaktbok backup`); nil when none is recorded.
    public var oldestBackupKept: Date?

    /// Creates the value from its parts.
    public init(
        runId: String, startedAt: Date, now: Date, dryRun: Bool, cutoffs: [String: Date], deleted: [String: Int], heldBack: [String: Int],
        autoCheckedOut: Int, checkpoint: CheckpointResult, durationSeconds: Double,
        oldestBackupKept: Date? = nil
    ) {
        self.runId = runId
        self.startedAt = startedAt
        self.now = now
        self.dryRun = dryRun
        self.cutoffs = cutoffs
        self.deleted = deleted
        self.heldBack = heldBack
        self.autoCheckedOut = autoCheckedOut
        self.checkpoint = checkpoint
        self.durationSeconds = durationSeconds
        self.oldestBackupKept = oldestBackupKept
    }
}
