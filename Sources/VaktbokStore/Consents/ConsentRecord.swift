import Foundation
import GRDB
import VaktbokCore

/// A consent to apprenticeship e-mails (row of `consent`): erased on withdrawal, purged when it expires.
public struct ConsentRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "consent"
    public var id: Int64?
    /// The site where the consent was recorded; its language is the e-mails' language.
    public var siteId: Int64
    public var name: String
    public var email: String
    /// The address lower-cased: one consent per address.
    public var emailKey: String
    public var school: String
    public var consentedBy: ApprenticeshipConsent.Giver
    /// The version of the consent text that was shown.
    public var textVersion: String
    public var consentedAt: Date
    public var expiresAt: Date
    /// The secret in every e-mail's withdrawal link; it can only withdraw this consent.
    public var withdrawToken: String
    /// E-mails sent so far (at most `ApprenticeshipConsent.maxMails`).
    public var mailsSent: Int

    /// Column names for queries.
    public enum Columns {
        public static let emailKey = Column("email_key")
        public static let withdrawToken = Column("withdraw_token")
        public static let siteId = Column("site_id")
        public static let expiresAt = Column("expires_at")
    }
}
