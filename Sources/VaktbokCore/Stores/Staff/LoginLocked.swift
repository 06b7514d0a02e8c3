import Foundation

/// A sign-in refused before its password was checked, because failures reached a limit.
public struct LoginLocked: Error, Sendable {
    /// When the lock lifts.
    public let until: Date

    /// Creates the value from its parts.
    public init(until: Date) {
        self.until = until
    }
}
