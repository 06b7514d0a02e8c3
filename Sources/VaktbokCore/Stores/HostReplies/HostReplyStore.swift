import Foundation

/// The host's answer to a visitor's arrival, reached through the signed link in the host's SMS or e-mail.
public protocol HostReplyStore: Sendable {
    /// The visit the link names, while the link is genuine, unexpired and the visit still open; not found otherwise.
    func hostReplyView(token: String, now: Date) async throws -> HostReplyView
    /// Records `answer` for the link's visit (told to the visitor by SMS and to the webhook when it changes), audited.
    func recordHostReply(token: String, answer: HostAnswer, now: Date) async throws -> HostReplyView
}
