import Foundation
import Hummingbird
import VaktbokCore

/// `POST /api/v1/consents` body.
struct ConsentRequest: Decodable {
    let name: String
    let email: String
    let school: String
    /// `pupil` or `guardian`.
    let consentedBy: String
    let pupilIs15OrOlder: Bool
    let site: String?
    /// The text version the kiosk showed; refused when it is not the current one.
    let textVersion: String?
}

/// `POST /api/v1/consents/withdraw` body: the token from an e-mail's link, or (staff only) the address.
struct WithdrawRequest: Decodable {
    let token: String?
    let email: String?
}

/// A recorded consent, without its withdrawal token (that only travels in the e-mails).
struct ConsentResponse: Codable {
    let id: Int64
    let name: String
    let email: String
    let school: String
    let consentedBy: ApprenticeshipConsent.Giver
    let textVersion: String
    let consentedAt: Date
    let expiresAt: Date
    let mailsSent: Int

    init(_ record: ConsentRecord) {
        id = record.rowID
        name = record.name
        email = record.email
        school = record.school
        consentedBy = record.consentedBy
        textVersion = record.textVersion
        consentedAt = record.consentedAt
        expiresAt = record.expiresAt
        mailsSent = record.mailsSent
    }
}

/// The consent text the kiosk must show, with its version and limits.
struct ConsentTextResponse: ResponseCodable {
    let version: String
    let text: [String: String]
    let maxMails: Int
    let months: Int
}
