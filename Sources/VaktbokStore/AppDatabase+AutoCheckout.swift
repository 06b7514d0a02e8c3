import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Checks out every visit still open from an earlier local day of its site, at the last second of
    /// that day, marked automatic; returns how many.
    public func checkOutStaleVisits(now: Date) async throws -> Int {
        try await pool.write { db in
            var closed = 0
            for site in try SiteRecord.fetchAll(db) {
                let day = LocalDay(timeZone: TimeZone(identifier: site.timeZone) ?? .gmt)
                let stale = try VisitRecord
                    .filter(Column("site_id") == site.rowID && Column("checked_out_at") == nil)
                    .filter(Column("checked_in_at") < day.start(of: now))
                    .fetchAll(db)
                for var visit in stale {
                    visit.checkedOutAt = day.lastSecond(of: visit.checkedInAt)
                    visit.checkoutKind = .automatic
                    try visit.update(db)
                    closed += 1
                }
            }
            return closed
        }
    }
}
