import Foundation

/// A validated IANA time-zone identifier, e.g. `Europe/Oslo`.
public struct TimeZoneName: Equatable, Sendable, CustomStringConvertible {
    /// The identifier as given.
    public let identifier: String
    /// The zone itself.
    public let timeZone: TimeZone

    /// Validates `raw` for the given `field`.
    public init(_ raw: String, field: String = "timezone") throws(ValidationError) {
        guard raw.contains("/") || raw == "UTC", let zone = TimeZone(identifier: raw) else {
            throw ValidationError(field: field, reason: "must be an IANA time zone such as Europe/Oslo")
        }
        identifier = raw
        timeZone = zone
    }

    public var description: String { identifier }

    /// Europe/Oslo: the zone of dates that belong to no one site (request due dates, hold and restriction ends).
    public static let oslo = TimeZone(identifier: "Europe/Oslo") ?? .gmt
}
