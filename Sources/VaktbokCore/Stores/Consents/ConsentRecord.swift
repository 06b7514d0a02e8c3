import Foundation

/// A consent to apprenticeship e-mails (row of `consent`): erased on withdrawal, purged when it expires.
public struct ConsentRecord: StoredRecord, Codable, Sendable, Equatable {
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

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, siteId: Int64, name: String, email: String, emailKey: String, school: String, consentedBy: ApprenticeshipConsent.Giver,
        textVersion: String, consentedAt: Date, expiresAt: Date, withdrawToken: String, mailsSent: Int
    ) {
        self.id = id
        self.siteId = siteId
        self.name = name
        self.email = email
        self.emailKey = emailKey
        self.school = school
        self.consentedBy = consentedBy
        self.textVersion = textVersion
        self.consentedAt = consentedAt
        self.expiresAt = expiresAt
        self.withdrawToken = withdrawToken
        self.mailsSent = mailsSent
    }
}
