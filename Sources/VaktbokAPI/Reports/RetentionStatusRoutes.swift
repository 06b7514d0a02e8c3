import Foundation
import Hummingbird
import VaktbokCore

/// `GET /api/v1/retention` (privacy, admin): per site the retention window, the oldest stored visit, holds in force
/// and visits kept past their rule; the last purge's receipt; and whether `vaktbok verify` holds now (the receipt
/// chain recomputed, no visit overdue). Read-only, counts and dates only; a site-bound login sees its own site.
struct RetentionStatusRoutes {
    let store: any ReportStore & SiteStore
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("retention") { _, context -> RetentionStatusResponse in
            let staff = try context.require(.privacyWork)
            let now = config.now()
            let sites = try await store.sites().filter { staff.actor.covers(siteID: $0.rowID) }
            let oldest = try await store.oldestVisitCheckIns()
            let overdue = try await store.overdueVisits(now: now)
            let holds = try await store.activeHoldCounts(now: now)
            let rows = sites.map { site in
                RetentionStatusResponse.Site(
                    site, oldest: oldest[site.rowID], now: now, overdue: overdue[site.code] ?? 0, holds: holds[site.rowID] ?? 0)
            }
            let receipts = try await store.verifyReceipts()
            let verify = RetentionStatusResponse.Verify(
                holds: receipts.firstBroken == nil && rows.allSatisfy { $0.overdueVisits == 0 }, receiptsIntact: receipts.intact,
                firstBrokenReceipt: receipts.firstBroken)
            return RetentionStatusResponse(
                checkedAt: now, verify: verify, lastPurge: try await store.lastReceipt().map(RetentionStatusResponse.Purge.init), sites: rows)
        }
    }
}

/// The retention status the console's privacy screen shows.
struct RetentionStatusResponse: ResponseCodable {
    /// One site's retention window and what it keeps.
    struct Site: Codable {
        let code: String
        let name: String
        let visitRetentionDays: Int
        let oldestVisitCheckedInAt: Date?
        let oldestVisitAgeDays: Int?
        let holdsInForce: Int
        let overdueVisits: Int

        init(_ site: SiteRecord, oldest: Date?, now: Date, overdue: Int, holds: Int) {
            (code, name, visitRetentionDays, oldestVisitCheckedInAt) = (site.code, site.name, site.visitRetentionDays, oldest)
            oldestVisitAgeDays = oldest.map { Int(now.timeIntervalSince($0) / 86_400) }
            (holdsInForce, overdueVisits) = (holds, overdue)
        }
    }

    /// `vaktbok verify`'s two checks, run now.
    struct Verify: Codable {
        let holds: Bool
        let receiptsIntact: Int
        let firstBrokenReceipt: Int64?
    }

    /// The last purge's receipt: when, what it deleted and held back per table, and whether the WAL was emptied.
    struct Purge: Codable {
        let at: Date
        let dryRun: Bool
        let deleted: [String: Int]
        let heldBack: [String: Int]
        let checkpoint: CheckpointResult

        init(_ report: PurgeReport) {
            (at, dryRun, deleted, heldBack, checkpoint) = (report.now, report.dryRun, report.deleted, report.heldBack, report.checkpoint)
        }
    }

    let checkedAt: Date
    let verify: Verify
    let lastPurge: Purge?
    let sites: [Site]
}
