import Foundation
import Hummingbird
import VaktbokCore

/// `POST /api/v1/host-replies/view` body: the token from the host's link.
struct HostReplyViewRequest: Decodable {
    let token: String
}

/// `POST /api/v1/host-replies` body: the token and the answer.
struct HostReplyRequest: Decodable {
    let token: String
    /// `coming`, `soon` or `cannot` for an arrival link; `left` or `staying` for a reminder link.
    let answer: String
}

/// What the reply page shows: the visitor's name, the local arrival time, and the answer so far.
struct HostReplyResponse: ResponseCodable {
    /// `reply` (answers coming, soon, cannot) or `reminder` (left, staying).
    let purpose: HostLinkPurpose
    let visitor: String
    let checkedInAt: Date
    /// `HH:MM` in the site's time zone.
    let localTime: String
    let answer: HostAnswer?
    let answeredAt: Date?

    init(_ view: HostReplyView) {
        purpose = view.purpose
        visitor = view.visitorName
        checkedInAt = view.checkedInAt
        localTime = LocalDay(timeZone: TimeZone(identifier: view.timeZone) ?? .gmt).clockTime(of: view.checkedInAt)
        answer = view.answer
        answeredAt = view.answeredAt
    }
}
