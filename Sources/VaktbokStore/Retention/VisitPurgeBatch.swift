import Foundation
import GRDB
import VaktbokCore

/// The visits of one site that are past `cutoff` at `now`, and how to delete them a batch at a time.
struct VisitPurgeBatch: Sendable {
    let site: SiteRecord
    let cutoff: Date
    let now: Date

    private static let pastCutoff = "site_id = ? AND COALESCE(checked_out_at, checked_in_at) < ?"
    private static let held = "EXISTS (SELECT 1 FROM hold WHERE hold.visit_id = visit.id AND hold.\(HoldRecord.activeCondition))"

    /// Visits past the cutoff and not held.
    func countDue(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM visit WHERE \(Self.pastCutoff) AND NOT \(Self.held)", arguments: [site.rowID, cutoff, now])
            ?? 0
    }

    /// Rows that go with the due visits (their outbox messages and group places), per table.
    func countCascaded(_ db: Database) throws -> [String: Int] {
        try Self.cascaded(
            visitsSQL: "SELECT id FROM visit WHERE \(Self.pastCutoff) AND NOT \(Self.held)", arguments: [site.rowID, cutoff, now], in: db)
    }

    /// Visits past the cutoff that an active hold keeps.
    func countHeld(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM visit WHERE \(Self.pastCutoff) AND \(Self.held)", arguments: [site.rowID, cutoff, now]) ?? 0
    }

    /// Deletes up to `limit` due visits and adds them to the anonymous daily counts, in the caller's transaction;
    /// returns the rows deleted per table, those that went with the visits included.
    func deleteNext(limit: Int, in db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, checked_in_at FROM visit WHERE \(Self.pastCutoff) AND NOT \(Self.held) LIMIT ?",
            arguments: [site.rowID, cutoff, now, limit]
        )
        guard !rows.isEmpty else { return ["visit": 0, "outbox_message": 0, "group_member": 0] }
        let day = LocalDay(timeZone: site.zone)
        var perDay: [String: Int] = [:]
        for row in rows { perDay[day.isoDate(of: row["checked_in_at"]), default: 0] += 1 }
        for (date, visits) in perDay {
            try db.execute(
                sql: """
                    INSERT INTO visit_daily_count (site_id, day, visits) VALUES (?, ?, ?)
                    ON CONFLICT (site_id, day) DO UPDATE SET visits = visits + excluded.visits
                    """,
                arguments: [site.rowID, date, visits]
            )
        }
        let ids: [Int64] = rows.map { $0["id"] }
        var counts = try Self.cascaded(visitsSQL: placeholders(ids.count), arguments: StatementArguments(ids), in: db)
        try db.execute(sql: "DELETE FROM visit WHERE id IN (\(placeholders(ids.count)))", arguments: StatementArguments(ids))
        counts["visit"] = rows.count
        return counts
    }

    /// How many outbox messages and group places belong to the visits `visitsSQL` lists (a subquery or `?` list).
    private static func cascaded(visitsSQL: String, arguments: StatementArguments, in db: Database) throws -> [String: Int] {
        try ["outbox_message", "group_member"].reduce(into: [:]) { counts, table in
            counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE visit_id IN (\(visitsSQL))", arguments: arguments) ?? 0
        }
    }
}
