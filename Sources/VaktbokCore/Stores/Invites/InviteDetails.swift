import Foundation

/// An invite with the names of its host and site, as the desk, the invitation page and the calendar file show it.
public struct InviteDetails: Sendable, Equatable {
    public let invite: InviteRecord
    public let hostName: String
    public let siteCode: String
    public let siteName: String
    public let siteTimeZone: String

    /// The site's time zone (UTC if the stored name were ever unknown).
    public var siteZone: TimeZone { TimeZone(identifier: siteTimeZone) ?? .gmt }

    /// Creates the value from its parts.
    public init(invite: InviteRecord, hostName: String, siteCode: String, siteName: String, siteTimeZone: String) {
        self.invite = invite
        self.hostName = hostName
        self.siteCode = siteCode
        self.siteName = siteName
        self.siteTimeZone = siteTimeZone
    }
}
