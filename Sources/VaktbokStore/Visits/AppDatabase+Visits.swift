import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Registers a walk-in at `siteID` for `hostID`, who must be an active host of that site.
    public func checkIn(
        siteID: Int64, hostID: Int64, name: PersonName, phone: PhoneNumber,
        badgeCode: BadgeCode, staffID: Int64?, now: Date, privacyNoticeVersion: String? = nil
    ) async throws -> VisitDetails {
        try await write { db in
            let host = try Self.activeHost(id: hostID, siteID: siteID, in: db)
            let visit = try Self.insertVisit(
                host: host, name: name.value, phone: phone.e164, badgeCode: badgeCode, staffID: staffID, now: now,
                privacyNoticeVersion: privacyNoticeVersion, in: db
            )
            let details = try Self.visitDetails(id: visit.rowID, in: db)
            try Self.enqueueCheckInMessages(for: details, in: db)
            return details
        }
    }

    /// Host `id` if it belongs to `siteID` and is active; not found or a validation error otherwise.
    static func activeHost(id: Int64, siteID: Int64, in db: Database) throws -> HostRecord {
        guard let host = try HostRecord.fetchOne(db, key: id), host.siteId == siteID else {
            throw StoreError.notFound(entity: "host", field: "hostId")
        }
        guard host.active else {
            throw ValidationError(field: "hostId", reason: "the host is no longer active")
        }
        return host
    }

    /// Inserts a visit to `host` at `host`'s site: the one place a visit row is made.
    static func insertVisit(
        host: HostRecord, name: String, phone: String, badgeCode: BadgeCode, staffID: Int64?, now: Date,
        privacyNoticeVersion: String?, in db: Database
    ) throws -> VisitRecord {
        var visit = VisitRecord(
            id: nil, siteId: host.siteId, hostId: host.rowID, visitorName: name, visitorPhone: phone,
            badgeCode: badgeCode.value, checkedInAt: now, checkedOutAt: nil, checkoutKind: nil, checkedInBy: staffID,
            privacyNoticeVersion: privacyNoticeVersion
        )
        try visit.insert(db)
        return visit
    }

    /// The visit with `id`, or `StoreError.notFound`.
    public func visit(id: Int64) async throws -> VisitDetails {
        try await read { db in try Self.visitDetails(id: id, in: db) }
    }

    /// Checks out the visit whose badge carries `badgeCode`, at `siteID` when given; not found when unknown
    /// or at another site, conflict when already out.
    public func checkOut(badgeCode: BadgeCode, siteID: Int64?, now: Date) async throws -> VisitDetails {
        try await write { db in
            let visit = try VisitRecord.filter(VisitRecord.Columns.badgeCode == badgeCode.value).fetchOne(db)
            return try Self.checkOut(visit, field: "badgeCode", kind: .badge, siteID: siteID, now: now, in: db)
        }
    }

    /// Checks out visit `id` by hand (from the on-site list), at `siteID` when given.
    public func checkOut(visitID: Int64, siteID: Int64?, now: Date) async throws -> VisitDetails {
        try await write { db in
            try Self.checkOut(try VisitRecord.fetchOne(db, key: visitID), field: "id", kind: .manual, siteID: siteID, now: now, in: db)
        }
    }

    private static func checkOut(
        _ found: VisitRecord?, field: String, kind: CheckoutKind, siteID: Int64?, now: Date, in db: Database
    ) throws -> VisitDetails {
        guard var visit = found, siteID == nil || siteID == visit.siteId else {
            throw StoreError.notFound(entity: "visit", field: field)
        }
        guard visit.checkedOutAt == nil else { throw StoreError.conflict("the visitor is already checked out") }
        visit.checkedOutAt = max(now, visit.checkedInAt)
        visit.checkoutKind = kind
        try visit.update(db)
        return try visitDetails(id: visit.rowID, in: db)
    }

    /// Everyone checked in at `siteID` and not yet out, earliest arrival first: the evacuation list.
    public func onSite(siteID: Int64) async throws -> [VisitDetails] {
        try await read { db in
            try VisitDetails.fetchAll(
                db,
                sql: VisitDetails.baseSQL
                    + " WHERE visit.site_id = ? AND visit.checked_out_at IS NULL ORDER BY visit.checked_in_at",
                arguments: [siteID]
            )
        }
    }

    static func visitDetails(id: Int64, in db: Database) throws -> VisitDetails {
        guard let details = try VisitDetails.fetchOne(db, sql: VisitDetails.baseSQL + " WHERE visit.id = ?", arguments: [id])
        else { throw StoreError.notFound(entity: "visit", field: "id") }
        return details
    }
}
