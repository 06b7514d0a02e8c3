import GRDB
import VaktbokCore

/// A ConsentRecord is a row of `consent`.
extension ConsentRecord: SnakeCaseRecord {
    public static let databaseTableName = "consent"
    /// The columns queries name.
    public enum Columns: String, ColumnExpression {
        case name, email, emailKey = "email_key", withdrawToken = "withdraw_token", siteId = "site_id", expiresAt = "expires_at"
    }
}
