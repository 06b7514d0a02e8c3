import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Checks out every visit left open past its site's closing time on its day (when the site has one, and the
    /// visit began before it) or past its local day, at that moment, marked `closing` or `automatic`; returns how many.
    public func checkOutStaleVisits(now: Date) async throws -> Int {
        try await write { db in try Self.checkOutStaleVisits(now: now, dryRun: false, in: db) }
    }

    /// The automatic check-out inside a transaction, audited per site with counts; with `dryRun` it only counts.
    static func checkOutStaleVisits(now: Date, dryRun: Bool, in db: Database) throws -> Int {
        var closed = 0
        for site in try SiteRecord.fetchAll(db) {
            let (day, closingTime) = (LocalDay(timeZone: site.zone), ClosingTime(minutes: site.closingMinutes))
            let open = try VisitRecord.filter(VisitRecord.Columns.siteId == site.rowID && VisitRecord.Columns.checkedOutAt == nil)
                .filter(VisitRecord.Columns.checkedInAt < latestDueCheckIn(now: now, closing: closingTime, day: day))
                .fetchAll(db)
            let due = open.compactMap { visit in
                let end = automaticEnd(of: visit, closing: closingTime, since: site.closingSetAt, day: day)
                return end.at <= now ? (visit, end) : nil
            }
            closed += due.count
            guard !dryRun, !due.isEmpty else { continue }
            for (var visit, end) in due {
                visit.checkedOutAt = end.at
                visit.checkoutKind = end.kind
                try visit.update(db)
                try enqueueCheckOutEvent(for: visit, site: site, in: db)
            }
            let closing = due.filter { $0.1.kind == .closing }.count
            try audit(
                "automatic-checkout", actor: "system", siteID: site.rowID,
                details: ["closingTime": .number(closing), "endOfDay": .number(due.count - closing)], at: now, in: db
            )
        }
        return closed
    }

    /// A bound (never after `now`) on the check-in time of the visits that can be due at `now`: one from today ends by
    /// itself only at today's closing time, once that has passed, if it began before it, or at the day's last second.
    /// So the visitors on site today are not read every minute (a soak with thousands on site grew `serve` by tens of
    /// MiB at each pass).
    static func latestDueCheckIn(now: Date, closing: ClosingTime?, day: LocalDay) -> Date {
        if day.lastSecond(of: now) <= now { return now }
        let today = day.start(of: now)
        guard let closing else { return today }
        let closes = day.instant(of: closing.time, onDayOf: now)
        return closes <= now ? closes : today
    }

    /// When and how an open visit ends by itself: at the site's closing time on its day if it began before it and the
    /// closing time was set `since` before that moment, else at the last second of its local day.
    static func automaticEnd(of visit: VisitRecord, closing: ClosingTime?, since: Date?, day: LocalDay) -> (at: Date, kind: CheckoutKind) {
        if let closing {
            let closes = day.instant(of: closing.time, onDayOf: visit.checkedInAt)
            if visit.checkedInAt < closes, since.map({ $0 <= closes }) ?? true { return (closes, .closing) }
        }
        return (day.lastSecond(of: visit.checkedInAt), .automatic)
    }
}
