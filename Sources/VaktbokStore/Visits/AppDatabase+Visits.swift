import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Registers a walk-in at `siteID` for `hostID`, who must be an active host of that site (seeding and tests;
    /// the desk's check-in, with its protections against doubles, is `checkIn(_:now:)`).
    public func checkIn(
        siteID: Int64, hostID: Int64, name: PersonName, phone: PhoneNumber,
        badgeCode: BadgeCode, staffID: Int64?, now: Date, privacyNoticeVersion: String? = nil
    ) async throws -> VisitDetails {
        let visit = NewVisit(
            siteID: siteID, hostID: hostID, name: name, phone: phone, badgeCode: badgeCode, staffID: staffID,
            privacyNoticeVersion: privacyNoticeVersion)
        return try await checkIn(visit, now: now).details
    }

    /// Registers `new` and queues its notifications in one write transaction, so that two identical requests
    /// racing each other meet here: a repeated idempotency key (same staff member, same content) answers with the
    /// visit it made; the same key with other content is refused; and the same name and phone on site already
    /// is refused unless the desk allowed a second visit, and so is a phone expected today with an invite.
    public func checkIn(_ new: NewVisit, now: Date) async throws -> CheckIn {
        try await write { db in
            let key = new.idempotencyKey.map { Self.sha256("\(new.staffID ?? 0):\($0)") }
            let request = Self.sha256("\(new.siteID),\(new.hostID)|\(new.name.value)|\(new.phone.e164)|\(new.privacyNoticeVersion ?? "")")
            let earlier = try key.flatMap {
                try SQLRequest<Row>(literal: "SELECT request_hash, visit_id FROM idempotency_key WHERE key_hash = \($0)", cached: true).fetchOne(db)
            }
            if let earlier {
                guard earlier["request_hash"] == request else { throw StoreError.idempotencyKeyReused }
                return CheckIn(details: try Self.visitDetails(id: earlier["visit_id"], in: db), replayed: true)
            }
            let host = try Self.activeHost(id: new.hostID, siteID: new.siteID, in: db)
            let site = try Self.site(id: new.siteID, in: db)
            if !new.ignoreInvite, let invite = try Self.expectedInvite(site: site, phone: new.phone, now: now, in: db) {
                throw StoreError.invitedVisitor(invite: invite)
            }
            if !new.allowDuplicate, let existing = try Self.onSiteVisit(siteID: new.siteID, name: new.name, phone: new.phone, in: db) {
                throw StoreError.duplicateVisit(existing: existing)
            }
            let visit = try Self.insertVisit(
                host: host, name: new.name.value, phone: new.phone.e164, badgeCode: new.badgeCode, staffID: new.staffID, now: now,
                privacyNoticeVersion: new.privacyNoticeVersion, in: db
            )
            if let key {
                try db.cachedStatement(sql: "INSERT INTO idempotency_key (key_hash, request_hash, visit_id, created_at) VALUES (?, ?, ?, ?)")
                    .execute(arguments: [key, request, visit.rowID, now])
            }
            try Self.enqueueCheckInMessages(for: visit, site: site, host: host, publicURL: publicURL, in: db)
            return CheckIn(details: VisitDetails(visit, host: host, site: site), replayed: false)
        }
    }

    /// The open visit at `siteID` with this phone and this name (case and accents aside), if any. Served by the phone
    /// index by name: left to itself, SQLite took `visit_on_site` for its `ORDER BY` and read every visitor on site
    /// for each check-in (a 10-minute soak of check-ins fell from 470 to 90 a second as they piled up).
    private static func onSiteVisit(siteID: Int64, name: PersonName, phone: PhoneNumber, in db: Database) throws -> Int64? {
        let sql: SQL = """
            SELECT id FROM visit INDEXED BY visit_on_site_by_phone
            WHERE site_id = \(siteID) AND visitor_phone = \(phone.e164) AND checked_out_at IS NULL
            AND \(AppDatabase.foldFunction(VisitRecord.Columns.visitorName)) = \(SearchFolding.fold(name.value)) ORDER BY checked_in_at LIMIT 1
            """
        return try SQLRequest<Int64>(literal: sql, cached: true).fetchOne(db)
    }

    /// Host `id` if it belongs to `siteID` and is active; not found or a validation error otherwise.
    static func activeHost(id: Int64, siteID: Int64, in db: Database) throws -> HostRecord {
        let request = SQLRequest<HostRecord>(literal: "SELECT * FROM host WHERE id = \(id)", cached: true)
        guard let host = try request.fetchOne(db), host.siteId == siteID else {
            throw StoreError.notFound(entity: "host", field: "hostId")
        }
        guard host.active else {
            throw ValidationError(field: "hostId", reason: "the host is no longer active")
        }
        return host
    }

    /// Inserts a visit to `host` at `host`'s site: the one place a visit row is made. The record returned is the row
    /// as stored (its time at the database's millisecond precision), so that it need not be read back.
    static func insertVisit(
        host: HostRecord, name: String, phone: String, badgeCode: BadgeCode, staffID: Int64?, now: Date,
        privacyNoticeVersion: String?, in db: Database
    ) throws -> VisitRecord {
        var visit = VisitRecord(
            id: nil, siteId: host.siteId, hostId: host.rowID, visitorName: name, visitorPhone: phone,
            badgeCode: badgeCode.value, checkedInAt: now, checkedOutAt: nil, checkoutKind: nil,
            checkedInBy: staffID,
            privacyNoticeVersion: privacyNoticeVersion
        )
        try visit.insert(db)
        visit.checkedInAt = Date.fromDatabaseValue(now.databaseValue) ?? now  // what reading the row back would give
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

    /// Checks out `found` with `kind` and queues its webhook event; not found when missing or at another site than
    /// `siteID`, conflict when it is out already.
    static func checkOut(
        _ found: VisitRecord?, field: String, kind: CheckoutKind, siteID: Int64?, now: Date, in db: Database
    ) throws -> VisitDetails {
        guard var visit = found, siteID == nil || siteID == visit.siteId else {
            throw StoreError.notFound(entity: "visit", field: field)
        }
        guard visit.checkedOutAt == nil else { throw StoreError.conflict("the visitor is already checked out") }
        visit.checkedOutAt = max(now, visit.checkedInAt)
        visit.checkoutKind = kind
        try visit.update(db)
        if let site = try SiteRecord.fetchOne(db, key: visit.siteId) { try enqueueCheckOutEvent(for: visit, site: site, in: db) }
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
