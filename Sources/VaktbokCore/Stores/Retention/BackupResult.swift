import Foundation

/// What one `vaktbok backup` did: the copy written, and the older copies deleted because they outlived the window.
public struct BackupResult: Sendable, Equatable {
    /// The new backup's path.
    public let written: String
    /// Backups deleted now, oldest first (file names).
    public let deleted: [String]
    /// Backups kept, the new one included, oldest first (file names).
    public let kept: [String]
    /// The longest retention window in force, in days: no backup is kept longer.
    public let windowDays: Int

    /// Creates the value from its parts.
    public init(written: String, deleted: [String], kept: [String], windowDays: Int) {
        self.written = written
        self.deleted = deleted
        self.kept = kept
        self.windowDays = windowDays
    }
}
