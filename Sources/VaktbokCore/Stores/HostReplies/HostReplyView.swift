import Foundation

/// What the host's reply page shows: the visitor's name, when they arrived, and the answer given so far.
public struct HostReplyView: Sendable, Equatable {
    /// Which answers the link offers.
    public let purpose: HostLinkPurpose
    public let visitorName: String
    public let checkedInAt: Date
    /// The site's time zone, for showing `checkedInAt` as the local time.
    public let timeZone: String
    public let answer: HostAnswer?
    public let answeredAt: Date?

    /// The view from its parts.
    public init(
        purpose: HostLinkPurpose, visitorName: String, checkedInAt: Date, timeZone: String, answer: HostAnswer?, answeredAt: Date?
    ) {
        self.purpose = purpose
        self.visitorName = visitorName
        self.checkedInAt = checkedInAt
        self.timeZone = timeZone
        self.answer = answer
        self.answeredAt = answeredAt
    }
}
