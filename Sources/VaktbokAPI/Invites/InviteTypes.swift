import Foundation
import Hummingbird
import VaktbokCore

/// `POST /api/v1/invites` body.
struct InviteRequest: Decodable {
    let name: String
    let phone: String
    let email: String?
    /// The host by id, or by work e-mail (what a calendar system knows): one of the two.
    let hostId: Int64?
    let hostEmail: String?
    /// The site's local date of the visit, `yyyy-MM-dd`.
    let date: String
    /// The expected time window, `HH:MM`, both or neither.
    let from: String?
    let until: String?
    let site: String?
}

/// `PATCH /api/v1/invites/{id}` body: the new date and window (none: all day).
struct RescheduleRequest: Decodable {
    let date: String
    let from: String?
    let until: String?
}

/// `POST /api/v1/scan` body: what the scan field read.
struct ScanRequest: Decodable {
    let code: String
}

/// `POST /api/v1/invitations/view` body: the code from the invitation link's fragment.
struct InvitationViewRequest: Decodable {
    let code: String
}

/// An invite as staff and integrations see it (never its code: that travels only to the visitor).
struct InviteResponse: Codable {
    /// Who is expected.
    struct Visitor: Codable {
        let name: String
        let phone: String
        let email: String?
    }

    let id: Int64
    let site: String
    let host: HostSummary
    let visitor: Visitor
    let date: String
    let from: String?
    let until: String?
    /// `expected` until the visitor arrives, then `arrived`.
    let status: String
    let visitId: Int64?
    let arrivedAt: Date?
    let createdAt: Date

    init(_ details: InviteDetails) {
        let invite = details.invite
        id = invite.rowID
        site = details.siteCode
        host = HostSummary(id: invite.hostId, name: details.hostName)
        visitor = Visitor(name: invite.visitorName, phone: invite.visitorPhone, email: invite.visitorEmail)
        date = invite.visitDate
        from = invite.window?.from.text
        until = invite.window?.until.text
        status = invite.arrivedAt == nil ? "expected" : "arrived"
        visitId = invite.visitId
        arrivedAt = invite.arrivedAt
        createdAt = invite.createdAt
    }
}

/// `GET /api/v1/invites`: a site's invites on one date.
struct InviteListResponse: Codable {
    let site: String
    let date: String
    let count: Int
    let invites: [InviteResponse]
}

/// What one scan did: `checkedIn` (an invitation), `checkedOut` (a badge) or `alreadyIn` (an invitation scanned twice).
struct ScanResponse: Codable {
    let action: String
    let visit: VisitResponse
}

/// The visitor's invitation page: where, when, whom they meet, and the QR code to show; not the visitor's own name.
struct InvitationResponse: Codable {
    let site: String
    let host: String
    let date: String
    let from: String?
    let until: String?
    /// `expected`, or `arrived` once the code has checked the visitor in.
    let status: String
    /// The QR code as a PNG, base64.
    let qrPng: String
    /// The site's time zone, in which the date and times are meant.
    let timeZone: String
}
