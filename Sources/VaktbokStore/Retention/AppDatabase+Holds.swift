import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Places a hold on visit `visitID` until `endsAt`; the end must lie after `now`.
    public func addHold(visitID: Int64, reason: String, endsAt: Date, now: Date) async throws -> HoldRecord {
        try await write { db in
            guard try VisitRecord.exists(db, key: visitID) else {
                throw StoreError.notFound(entity: "visit", field: "visit")
            }
            var hold = HoldRecord(id: nil, visitId: visitID, reason: reason, endsAt: endsAt, createdAt: now, releasedAt: nil, requestId: nil)
            try hold.insert(db)
            return hold
        }
    }

    /// Holds in force at `now` on visits of `siteID` (nil: every site), soonest ending first.
    public func activeHolds(siteID: Int64?, now: Date) async throws -> [HoldRecord] {
        try await read { db in
            var holds = HoldRecord.filter(literal: HoldRecord.active(at: now))
            if let siteID { holds = holds.filter(sql: "visit_id IN (SELECT id FROM visit WHERE site_id = ?)", arguments: [siteID]) }
            return try holds.order(HoldRecord.Columns.endsAt).fetchAll(db)
        }
    }

    public func activeHoldCounts(now: Date) async throws -> [Int64: Int] {
        try await read { db in
            let sql: SQL =
                "SELECT visit.site_id, count(*) FROM hold JOIN visit ON visit.id = hold.visit_id WHERE \(HoldRecord.active(at: now)) GROUP BY visit.site_id"
            let (statement, arguments) = try sql.build(db)
            return Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: statement, arguments: arguments).map { ($0[0] as Int64, $0[1] as Int) })
        }
    }

    public func releaseHold(id: Int64, actor: AuditActor, now: Date) async throws -> HoldRecord {
        try await write { db in
            let siteID = try Int64.fetchOne(db, sql: "SELECT site_id FROM visit WHERE id = (SELECT visit_id FROM hold WHERE id = ?)", arguments: [id])
            guard var hold = try HoldRecord.fetchOne(db, key: id), actor.covers(siteID: siteID) else {
                throw StoreError.notFound(entity: "hold", field: "id")
            }
            guard hold.releasedAt == nil, hold.endsAt > now else { throw StoreError.conflict("the hold is no longer in force") }
            hold.releasedAt = now
            try hold.update(db)
            try Self.audit("hold-release", actor: actor, siteID: siteID, details: ["hold": .number(Int(id))], at: now, in: db)
            return hold
        }
    }
}
