/// The outcome of the final WAL checkpoint.
public enum CheckpointResult: String, Codable, Sendable {
    /// The WAL was written back and truncated to zero bytes.
    case truncated
    /// A reader kept the checkpoint from completing; run again later.
    case busy
    /// A dry run does not checkpoint.
    case skipped
}
