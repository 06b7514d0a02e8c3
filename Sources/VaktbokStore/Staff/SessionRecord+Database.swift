import GRDB
import VaktbokCore

/// A SessionRecord is a row of `staff_session`.
extension SessionRecord: SnakeCaseRecord {
    public static let databaseTableName = "staff_session"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression {
        case tokenHash = "token_hash", expiresAt = "expires_at", revokedAt = "revoked_at", staffId = "staff_id"
    }
}
