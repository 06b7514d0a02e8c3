import Foundation
import GRDB
import VaktbokCore

/// The visits of one site that are past `cutoff` at `now`, and how to delete them a batch at a time.
struct VisitPurgeBatch: Sendable {
    let site: SiteRecord
    let cutoff: Date
    let now: Date

    /// The site's visits whose check-out (or, if never checked out, check-in) is before the cutoff.
    private var pastCutoff: SQL { "site_id = \(site.rowID) AND COALESCE(checked_out_at, checked_in_at) < \(cutoff)" }
    /// An active hold keeps the visit.
    private var held: SQL { "EXISTS (SELECT 1 FROM hold WHERE hold.visit_id = visit.id AND \(HoldRecord.active(at: now)))" }
    /// Past the cutoff and not held: the visits the purge deletes.
    private var due: SQL { "\(pastCutoff) AND NOT \(held)" }

    /// Visits past the cutoff and not held.
    func countDue(_ db: Database) throws -> Int {
        try SQLRequest<Int>("SELECT count(*) FROM visit WHERE \(due)").fetchOne(db) ?? 0
    }

    /// Rows that go with the due visits (their outbox messages and group places), per table.
    func countCascaded(_ db: Database) throws -> [String: Int] {
        try Self.cascaded(visits: "(SELECT id FROM visit WHERE \(due))", in: db)
    }

    /// Visits past the cutoff that an active hold keeps.
    func countHeld(_ db: Database) throws -> Int {
        try SQLRequest<Int>("SELECT count(*) FROM visit WHERE \(pastCutoff) AND \(held)").fetchOne(db) ?? 0
    }

    /// Deletes up to `limit` due visits and adds them to the anonymous daily counts, in the caller's transaction;
    /// returns the rows deleted per table, those that went with the visits included.
    func deleteNext(limit: Int, in db: Database) throws -> [String: Int] {
        let rows = try SQLRequest<Row>("SELECT id, checked_in_at FROM visit WHERE \(due) LIMIT \(limit)").fetchAll(db)
        guard !rows.isEmpty else { return ["visit": 0, "outbox_message": 0, "group_member": 0, "roll_call_entry": 0] }
        let perDay = LocalDay(timeZone: site.zone).countPerDate(rows.lazy.map { $0["checked_in_at"] as Date })
        for (date, visits) in perDay {
            try db.execute(
                literal: """
                    INSERT INTO visit_daily_count (site_id, day, visits) VALUES (\(site.rowID), \(date), \(visits))
                    ON CONFLICT (site_id, day) DO UPDATE SET visits = visits + excluded.visits
                    """)
        }
        let ids: [Int64] = rows.map { $0["id"] }
        var counts = try Self.cascaded(visits: "\(ids)", in: db)
        try VisitRecord.deleteAll(db, keys: ids)
        counts["visit"] = rows.count
        return counts
    }

    /// How many outbox messages, group places and roll-call marks belong to `visits` (a parenthesised subquery or id
    /// list).
    private static func cascaded(visits: SQL, in db: Database) throws -> [String: Int] {
        try ["outbox_message", "group_member", "roll_call_entry"].reduce(into: [:]) { counts, table in
            counts[table] = try SQLRequest<Int>("SELECT count(*) FROM \(sql: table) WHERE visit_id IN \(visits)").fetchOne(db) ?? 0
        }
    }
}
