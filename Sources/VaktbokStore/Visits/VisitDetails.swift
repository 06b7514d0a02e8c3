import Foundation
import GRDB

/// A visit with the names of its host and site, as the desk and the badge show it.
public struct VisitDetails: FetchableRecord, Sendable, Equatable {
    public let visit: VisitRecord
    public let hostName: String
    public let siteCode: String
    public let siteName: String
    public let siteTimeZone: String

    /// Decodes a row of `baseSQL`.
    public init(row: Row) throws {
        visit = try VisitRecord(row: row)
        hostName = row["host_name"]
        siteCode = row["site_code"]
        siteName = row["site_name"]
        siteTimeZone = row["site_time_zone"]
    }

    /// The site's time zone (UTC if the stored name were ever unknown).
    public var siteZone: TimeZone { TimeZone(identifier: siteTimeZone) ?? .gmt }

    /// The select that every visit query starts from; append a `WHERE` clause.
    static let baseSQL = """
        SELECT visit.*, host.name AS host_name, site.code AS site_code,
               site.name AS site_name, site.time_zone AS site_time_zone
        FROM visit JOIN host ON host.id = visit.host_id JOIN site ON site.id = visit.site_id
        """
}
