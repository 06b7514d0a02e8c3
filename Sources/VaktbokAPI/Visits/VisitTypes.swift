import Foundation
import Hummingbird
import VaktbokCore

/// `POST /api/v1/visits` body.
struct CheckInRequest: Decodable {
    let name: String
    let phone: String
    let hostId: Int64
    let site: String?
    /// The version of the privacy notice the visitor was shown, e.g. `2026-11`.
    let privacyNoticeVersion: String?
    /// Register although the same name and phone are on site already (the desk confirmed a second visit).
    let confirmDuplicate: Bool?
    /// Register a separate visit although the phone has an invite for today (the desk checked: another person).
    let ignoreInvite: Bool?
}

/// `POST /api/v1/checkout` body.
struct CheckOutRequest: Decodable {
    let badgeCode: String
}

/// A host as the kiosk may see them: id and name, never contact details.
struct HostSummary: ResponseCodable {
    let id: Int64
    let name: String
}

/// A visit as returned by check-in, check-out and lookup.
struct VisitResponse: ResponseCodable {
    /// Who the visitor is.
    struct Visitor: Codable {
        let name: String
        let phone: String
    }

    let id: Int64
    let badgeCode: String
    let site: String
    let host: HostSummary
    let visitor: Visitor
    let checkedInAt: Date
    let checkedOutAt: Date?
    let checkoutKind: CheckoutKind?
    let privacyNoticeVersion: String?
    let hostReply: HostAnswer?
    let hostRepliedAt: Date?
    /// The badge's print job, when the check-in sent it to the terminal's printer.
    var printJob: PrintJobResponse?

    init(_ details: VisitDetails) {
        let visit = details.visit
        id = visit.rowID
        badgeCode = visit.badgeCode
        site = details.siteCode
        host = HostSummary(id: visit.hostId, name: details.hostName)
        visitor = Visitor(name: visit.visitorName, phone: visit.visitorPhone)
        checkedInAt = visit.checkedInAt
        checkedOutAt = visit.checkedOutAt
        checkoutKind = visit.checkoutKind
        privacyNoticeVersion = visit.privacyNoticeVersion
        hostReply = visit.hostReply
        hostRepliedAt = visit.hostRepliedAt
    }
}

/// The evacuation list: everyone on site now.
struct OnSiteResponse: ResponseCodable {
    /// One person on site.
    struct Entry: Codable {
        let visitId: Int64
        let name: String
        let host: String
        let since: Date
        /// The host's latest answer through a link, if any: `coming`, `soon`, `cannot` or `staying`.
        let hostReply: HostAnswer?
        let hostRepliedAt: Date?
    }

    let site: String
    let siteName: String
    /// The site's IANA time zone, in which the kiosk shows the times.
    let timeZone: String
    let generatedAt: Date
    let count: Int
    let visitors: [Entry]
}
