import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Per site code, visits older than their rule allows plus one day at `now` and not held: should be none.
    public func overdueVisits(now: Date) async throws -> [String: Int] {
        try await read { db in
            var overdue: [String: Int] = [:]
            for site in try SiteRecord.fetchAll(db) {
                let line = site.retention.visitOverdueLine(now: now, in: site.zone)
                let count = try VisitPurgeBatch(site: site, cutoff: line, now: now).countDue(db)
                if count > 0 { overdue[site.code] = count }
            }
            return overdue
        }
    }

    public func oldestVisitCheckIns() async throws -> [Int64: Date] {
        try await read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT site_id, min(checked_in_at) AS oldest FROM visit GROUP BY site_id")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["site_id"] as Int64, $0["oldest"] as Date) })
        }
    }
}
