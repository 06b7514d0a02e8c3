import Foundation

/// A visit with the names of its host and site, as the desk and the badge show it.
public struct VisitDetails: Sendable, Equatable {
    public let visit: VisitRecord
    public let hostName: String
    public let siteCode: String
    public let siteName: String
    public let siteTimeZone: String

    /// The site's time zone (UTC if the stored name were ever unknown).
    public var siteZone: TimeZone { TimeZone(identifier: siteTimeZone) ?? .gmt }

    /// Creates the value from its parts.
    public init(visit: VisitRecord, hostName: String, siteCode: String, siteName: String, siteTimeZone: String) {
        self.visit = visit
        self.hostName = hostName
        self.siteCode = siteCode
        self.siteName = siteName
        self.siteTimeZone = siteTimeZone
    }
}
