import Foundation
import GRDB

/// A staff session (row of `staff_session`); only the SHA-256 of its bearer token is stored.
public struct SessionRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "staff_session"
    public var id: Int64?
    public var staffId: Int64
    public var tokenHash: String
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?

    /// Column names for queries.
    public enum Columns {
        public static let tokenHash = Column("token_hash")
        public static let expiresAt = Column("expires_at")
        public static let revokedAt = Column("revoked_at")
        public static let staffId = Column("staff_id")
    }
}
