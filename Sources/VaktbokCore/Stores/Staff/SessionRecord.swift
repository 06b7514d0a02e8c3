import Foundation

/// A staff session (row of `staff_session`); only the SHA-256 of its bearer token is stored.
public struct SessionRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var staffId: Int64
    public var tokenHash: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?
    /// The kiosk terminal chosen at sign-in, which decides the badge printer; nil for none.
    public var terminal: String?

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, staffId: Int64, tokenHash: String, createdAt: Date, expiresAt: Date, revokedAt: Date? = nil, terminal: String? = nil
    ) {
        self.id = id
        self.staffId = staffId
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.terminal = terminal
    }
}
