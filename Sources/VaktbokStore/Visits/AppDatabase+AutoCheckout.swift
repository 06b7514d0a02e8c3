import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Checks out every visit still open from an earlier local day of its site, at the last second of
    /// that day, marked automatic; returns how many.
    public func checkOutStaleVisits(now: Date) async throws -> Int {
        try await write { db in try Self.checkOutStaleVisits(now: now, dryRun: false, in: db) }
    }

    /// The automatic check-out inside a transaction; with `dryRun` it only counts.
    static func checkOutStaleVisits(now: Date, dryRun: Bool, in db: Database) throws -> Int {
        var closed = 0
        for site in try SiteRecord.fetchAll(db) {
            let day = LocalDay(timeZone: site.zone)
            let stale =
                try VisitRecord
                .filter(VisitRecord.Columns.siteId == site.rowID && VisitRecord.Columns.checkedOutAt == nil)
                .filter(VisitRecord.Columns.checkedInAt < day.start(of: now))
                .fetchAll(db)
            closed += stale.count
            guard !dryRun else { continue }
            for var visit in stale {
                visit.checkedOutAt = day.lastSecond(of: visit.checkedInAt)
                visit.checkoutKind = .automatic
                try visit.update(db)
                try enqueueCheckOutEvent(for: visit, in: db)
            }
        }
        return closed
    }
}
