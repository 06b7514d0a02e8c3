import Foundation

/// The host's answers to a visitor's arrival and to the reminder that they are still checked in, through the signed
/// links in the host's SMS or e-mail.
public protocol HostReplyStore: Sendable {
    /// The visit the link names, while the link is genuine, unexpired and the visit still open; not found otherwise.
    func hostReplyView(token: String, now: Date) async throws -> HostReplyView
    /// Records `answer` for the link's visit, audited: an arrival answer that changes is told to the visitor by SMS
    /// and to the webhook; `left` checks the visit out. An answer the link does not offer is a validation error.
    func recordHostReply(token: String, answer: HostAnswer, now: Date) async throws -> HostReplyView
    /// Sends each host whose visitor has been checked in for the site's reminder hours, once, a link to say whether
    /// the visitor has left; returns how many reminders went out.
    func remindHosts(now: Date) async throws -> Int
}
