import Foundation
import GRDB
import VaktbokCore

extension VisitDetails: FetchableRecord {
    /// Decodes a row of `baseSQL`.
    public init(row: Row) throws {
        self.init(
            visit: try VisitRecord(row: row), hostName: row["host_name"], siteCode: row["site_code"],
            siteName: row["site_name"], siteTimeZone: row["site_time_zone"])
    }

    /// The select that every visit query starts from; append a `WHERE` clause.
    static let baseSQL = """
        SELECT visit.*, host.name AS host_name, site.code AS site_code,
               site.name AS site_name, site.time_zone AS site_time_zone
        FROM visit JOIN host ON host.id = visit.host_id JOIN site ON site.id = visit.site_id
        """
}

extension VisitDetails {
    /// The details of `visit` from its host and site records in hand, without reading the visit back.
    init(_ visit: VisitRecord, host: HostRecord, site: SiteRecord) {
        self.init(visit: visit, hostName: host.name, siteCode: site.code, siteName: site.name, siteTimeZone: site.timeZone)
    }
}
