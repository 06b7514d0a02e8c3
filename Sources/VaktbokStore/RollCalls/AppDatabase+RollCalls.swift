import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Starts a roll call with every visit on site now (walk-ins and group arrivals alike), audits it, and queues one
    /// evacuation SMS per distinct phone in the site's language when asked; all in one transaction.
    public func startRollCall(_ request: NewRollCall, now: Date) async throws -> RollCallDetails {
        try await write { db in
            guard let site = try SiteRecord.fetchOne(db, key: request.siteID) else { throw StoreError.notFound(entity: "site", field: "site") }
            if try RollCallRecord.filter(RollCallRecord.Columns.siteId == site.rowID && RollCallRecord.Columns.endedAt == nil).fetchCount(db) > 0 {
                throw StoreError.conflict("a roll call is already open at this site; end it first")
            }
            let visits = try Row.fetchAll(
                db, sql: "SELECT id, visitor_phone FROM visit WHERE site_id = ? AND checked_out_at IS NULL ORDER BY id", arguments: [site.rowID])
            var rollCall = RollCallRecord(
                siteId: site.rowID, kind: request.kind, assemblyPoint: request.assemblyPoint?.value, startedAt: now,
                startedBy: request.staffID, total: visits.count, fullCountAt: visits.isEmpty ? now : nil)
            try rollCall.insert(db)
            try db.execute(
                sql: "INSERT INTO roll_call_entry (roll_call_id, visit_id) SELECT ?, id FROM visit WHERE site_id = ? AND checked_out_at IS NULL",
                arguments: [rollCall.rowID, site.rowID])
            var phones = Set<String>()
            if request.notify {
                let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
                let body = texts.evacuationSMS(site: site.name, assemblyPoint: request.assemblyPoint?.value, drill: request.kind == .drill)
                for visit in visits where phones.insert(visit["visitor_phone"]).inserted {
                    try Self.enqueue([.init(.sms, visit["visitor_phone"], body: body)], siteID: site.rowID, visitID: visit["id"], at: now, in: db)
                }
            }
            try Self.audit(
                "roll-call-start", actor: request.staffID.map { .staff($0, siteID: nil) } ?? "system", siteID: site.rowID,
                details: [
                    "rollCall": .ids([rollCall.rowID]), "kind": .word(request.kind.rawValue), "total": .number(visits.count),
                    "notified": .number(phones.count),
                ], at: now, in: db)
            return try Self.rollCallDetails(rollCall, in: db)
        }
    }

    /// Roll call `id`, if it is at `siteID` (any site when nil).
    public func rollCall(id: Int64, siteID: Int64?) async throws -> RollCallDetails {
        try await read { db in try Self.rollCallDetails(try Self.rollCallRecord(id: id, siteID: siteID, in: db), in: db) }
    }

    /// The site's open roll call, if any.
    public func openRollCall(siteID: Int64) async throws -> RollCallDetails? {
        try await read { db in
            try RollCallRecord.filter(RollCallRecord.Columns.siteId == siteID && RollCallRecord.Columns.endedAt == nil).fetchOne(db)
                .map { try Self.rollCallDetails($0, in: db) }
        }
    }

    /// Marks one person of roll call `id` accounted for, or takes the mark back. Idempotent; the first mark's warden
    /// and time stay. The roll call's full-count time is set when nobody is missing, and cleared by an undo.
    public func markRollCall(
        id: Int64, visitID: Int64, accounted: Bool, siteID: Int64?, staffID: Int64?, markedAt: Date?, now: Date
    ) async throws -> RollCallDetails {
        try await write { db in
            var rollCall = try Self.rollCallRecord(id: id, siteID: siteID, in: db)
            guard rollCall.endedAt == nil else { throw StoreError.conflict("the roll call has ended") }
            let at = min(max(markedAt ?? now, rollCall.startedAt), now)
            let sql =
                accounted
                ? "UPDATE roll_call_entry SET accounted_at = ?, accounted_by = ? WHERE roll_call_id = ? AND visit_id = ? AND accounted_at IS NULL"
                : "UPDATE roll_call_entry SET accounted_at = NULL, accounted_by = NULL WHERE roll_call_id = ? AND visit_id = ?"
            try db.execute(sql: sql, arguments: accounted ? [at, staffID, id, visitID] : [id, visitID])
            let known =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM roll_call_entry WHERE roll_call_id = ? AND visit_id = ?", arguments: [id, visitID]) ?? 0
            guard known == 1 else { throw StoreError.notFound(entity: "visit", field: "visitId") }
            let missing =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM roll_call_entry WHERE roll_call_id = ? AND accounted_at IS NULL", arguments: [id]) ?? 0
            if (missing == 0) != (rollCall.fullCountAt != nil) {
                let lastMark = try Date.fetchOne(
                    db, sql: "SELECT max(accounted_at) FROM roll_call_entry WHERE roll_call_id = ?", arguments: [id])
                rollCall.fullCountAt = missing == 0 ? (lastMark ?? at) : nil
                try rollCall.update(db)
            }
            return try Self.rollCallDetails(rollCall, in: db)
        }
    }

    /// Ends roll call `id` and audits its figures; ending it twice is a conflict.
    public func endRollCall(id: Int64, siteID: Int64?, staffID: Int64?, now: Date) async throws -> RollCallDetails {
        try await write { db in
            var rollCall = try Self.rollCallRecord(id: id, siteID: siteID, in: db)
            guard rollCall.endedAt == nil else { throw StoreError.conflict("the roll call has ended") }
            rollCall.endedAt = now
            rollCall.endedBy = staffID
            rollCall.missingAtEnd = try Self.rollCallDetails(rollCall, in: db).missing
            try rollCall.update(db)
            let details = try Self.rollCallDetails(rollCall, in: db)
            try Self.audit(
                "roll-call-end", actor: staffID.map { .staff($0, siteID: nil) } ?? "system", siteID: rollCall.siteId,
                details: [
                    "rollCall": .ids([rollCall.rowID]), "total": .number(rollCall.total), "missing": .number(details.missing),
                    "secondsToFullCount": .number(Int(rollCall.secondsToFullCount ?? -1)),
                ], at: now, in: db)
            return details
        }
    }

    /// Ended drills at `siteID` (every site when nil), newest first.
    public func drills(siteID: Int64?) async throws -> [RollCallRecord] {
        try await read { db in
            var query = RollCallRecord.filter(RollCallRecord.Columns.kind == RollCallKind.drill.rawValue && RollCallRecord.Columns.endedAt != nil)
            if let siteID { query = query.filter(RollCallRecord.Columns.siteId == siteID) }
            return try query.order(RollCallRecord.Columns.startedAt.desc).fetchAll(db)
        }
    }

    private static func rollCallRecord(id: Int64, siteID: Int64?, in db: Database) throws -> RollCallRecord {
        guard let rollCall = try RollCallRecord.fetchOne(db, key: id), siteID == nil || siteID == rollCall.siteId else {
            throw StoreError.notFound(entity: "roll call", field: "id")
        }
        return rollCall
    }

    private static func rollCallDetails(_ rollCall: RollCallRecord, in db: Database) throws -> RollCallDetails {
        RollCallDetails(rollCall: rollCall, entries: try RollCallEntry.fetchAll(db, sql: RollCallEntry.sql, arguments: [rollCall.rowID]))
    }
}
