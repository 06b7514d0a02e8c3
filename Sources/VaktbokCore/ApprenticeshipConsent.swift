import Foundation

/// The apprenticeship-information consent: its text, who may give it, and how long it lasts.
public enum ApprenticeshipConsent {
    /// Who gave a consent.
    public enum Giver: String, Codable, Sendable {
        case pupil, guardian
    }

    /// The version of the consent text below; stored with every consent.
    public static let textVersion = "2026-11"
    /// At most this many e-mails are sent per consent, ever.
    public static let maxMails = 3
    /// A consent lasts this many months.
    public static let months = 12

    /// The text shown before consent is given, in bokmål and English.
    public static let text: [NotificationLanguage: String] = [
        .nb: "Jeg samtykker til å få opptil \(maxMails) e-poster med informasjon om læreplasser. Navn, e-post og skole lagres"
            + " i høyst \(months) måneder, og jeg kan trekke samtykket når som helst med lenken i hver e-post.",
        .en: "I consent to receive up to \(maxMails) e-mails about apprenticeships. My name, e-mail and school are kept for at most"
            + " \(months) months, and I can withdraw at any time with the link in every e-mail.",
    ]

    /// Checks that `giver` may consent: a pupil under 15 may not consent for themself.
    public static func check(giver: Giver, pupilIs15OrOlder: Bool) throws(ValidationError) {
        if giver == .pupil && !pupilIs15OrOlder {
            throw ValidationError(field: "consentedBy", reason: "must be guardian: a pupil under 15 cannot consent for themself")
        }
    }

    /// When a consent given at `date` expires: \(months) months later, by the calendar of `timeZone`.
    public static func expiry(of date: Date, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(byAdding: .month, value: months, to: date) ?? date.addingTimeInterval(365 * 86_400)
    }
}
