import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The most invites one site may have on one date: an event's worth, and a ceiling on the SMS one login can send.
    public static let maxInvitesPerDay = 2_000

    /// Creates `new` and queues the invitation (SMS, and e-mail with a calendar file when an address is given) and
    /// the host's note, in one transaction. The same site, date, host and phone again answer with the invite there.
    public func createInvite(_ new: NewInvite, now: Date) async throws -> InviteCreation {
        try await write { db in try insertInvite(new, now: now, in: db) }
    }

    /// Invites every guest of `list` in one transaction, rolled back in a dry run (nothing stored, nothing sent).
    public func importInvites(
        _ list: InviteList, siteID: Int64, hostID: Int64, date: CalendarDate, window: VisitWindow?, dryRun: Bool, staffID: Int64?, now: Date
    ) async throws -> [InviteImportRow] {
        try await write { db in
            var rows = list.rejections.map { InviteImportRow(line: $0.line, name: $0.name, status: .rejected, reason: $0.reason) }
            try db.inSavepoint {
                for entry in list.entries {
                    let new = NewInvite(
                        siteID: siteID, hostID: hostID, name: entry.name, phone: entry.phone, email: entry.email, date: date, window: window,
                        staffID: staffID)
                    let created = try insertInvite(new, now: now, in: db)
                    rows.append(InviteImportRow(line: entry.line, name: entry.name.value, status: created.existed ? .existing : .invited))
                }
                return dryRun ? .rollback : .commit
            }
            return rows.sorted { $0.line < $1.line }
        }
    }

    /// Inserts `new` with its messages and audit entry, or finds the same invite (site, date, host, phone).
    private func insertInvite(_ new: NewInvite, now: Date, in db: Database) throws -> InviteCreation {
        let host = try Self.activeHost(id: new.hostID, siteID: new.siteID, in: db)
        let site = try Self.site(id: new.siteID, in: db)
        try Self.checkInviteDate(new.date, site: site, now: now)
        let same = InviteRecord.filter(
            InviteRecord.Columns.siteId == site.rowID && InviteRecord.Columns.visitDate == new.date.value
                && InviteRecord.Columns.visitorPhone == new.phone.e164 && InviteRecord.Columns.hostId == host.rowID)
        if let existing = try same.fetchOne(db) {
            return InviteCreation(details: try Self.inviteDetails(id: existing.rowID, in: db), existed: true)
        }
        let sameDay = InviteRecord.filter(InviteRecord.Columns.siteId == site.rowID && InviteRecord.Columns.visitDate == new.date.value)
        guard try sameDay.fetchCount(db) < Self.maxInvitesPerDay else {
            throw StoreError.conflict("the site has \(Self.maxInvitesPerDay) invites on \(new.date) already, the most one day may have")
        }
        var invite = InviteRecord(
            siteId: site.rowID, hostId: host.rowID, visitorName: new.name.value, visitorPhone: new.phone.e164, visitorEmail: new.email?.value,
            visitDate: new.date.value, window: new.window, dayEndsAt: new.date.end(in: site.zone), badgeCode: BadgeCode.random().value,
            createdAt: now, createdBy: new.staffID)
        try invite.insert(db)
        let details = try Self.inviteDetails(id: invite.rowID, in: db)
        try enqueueInvitation(details, site: site, host: host, changed: false, now: now, in: db)
        try Self.audit(
            "invite-created", actor: Self.actor(new.staffID), siteID: site.rowID, details: ["invite": .ids([invite.rowID])], at: now, in: db)
        return InviteCreation(details: details, existed: false)
    }

    /// The id of `siteID`'s active host with work e-mail `email`, case aside; not found otherwise.
    public func activeHostID(email: EmailAddress, siteID: Int64) async throws -> Int64 {
        try await read { db in
            let request: SQLRequest<Int64> =
                "SELECT id FROM host WHERE site_id = \(siteID) AND active AND lower(email) = \(email.value.lowercased()) LIMIT 1"
            guard let id = try request.fetchOne(db) else { throw StoreError.notFound(entity: "host", field: "hostEmail") }
            return id
        }
    }

    /// The invites of `siteID` on `date`, by time window (all-day ones first) and name.
    public func invites(siteID: Int64, date: CalendarDate) async throws -> [InviteDetails] {
        try await read { db in
            try InviteDetails.fetchAll(
                db,
                sql: InviteDetails.baseSQL + " WHERE invite.site_id = ? AND invite.visit_date = ? ORDER BY invite.window_from, invite.visitor_name",
                arguments: [siteID, date.value])
        }
    }

    /// Invite `id`, if it is at `siteID` (any site when nil); not found otherwise.
    public func invite(id: Int64, siteID: Int64?) async throws -> InviteDetails {
        try await read { db in try Self.inviteDetails(id: try Self.inviteRecord(id: id, siteID: siteID, in: db).rowID, in: db) }
    }

    /// Moves invite `id` to `date` and `window`; the invitation not yet sent is replaced by the changed one, and
    /// the calendar file's sequence goes up so that the visitor's calendar moves the event.
    public func rescheduleInvite(
        id: Int64, siteID: Int64?, date: CalendarDate, window: VisitWindow?, actor: AuditActor, now: Date
    ) async throws -> InviteDetails {
        try await write { db in
            var invite = try Self.unusedInvite(id: id, siteID: siteID, in: db)
            let site = try Self.site(id: invite.siteId, in: db)
            try Self.checkInviteDate(date, site: site, now: now)
            invite.visitDate = date.value
            invite.windowFrom = window?.from.minutes
            invite.windowUntil = window?.until.minutes
            invite.dayEndsAt = date.end(in: site.zone)
            invite.sequence += 1
            try invite.update(db)
            try db.execute(sql: "DELETE FROM outbox_message WHERE invite_id = ? AND status = 'pending'", arguments: [id])
            let details = try Self.inviteDetails(id: id, in: db)
            guard let host = try HostRecord.fetchOne(db, key: invite.hostId) else { throw StoreError.notFound(entity: "host", field: "hostId") }
            try enqueueInvitation(details, site: site, host: host, changed: true, now: now, in: db)
            try Self.audit("invite-rescheduled", actor: actor, siteID: site.rowID, details: ["invite": .ids([id])], at: now, in: db)
            return details
        }
    }

    /// Deletes invite `id` with its unsent messages; if the invitation had gone out, the visitor is told (and their
    /// calendar gets the event cancelled).
    public func cancelInvite(id: Int64, siteID: Int64?, actor: AuditActor, now: Date) async throws {
        try await write { db in
            let invite = try Self.unusedInvite(id: id, siteID: siteID, in: db)
            let details = try Self.inviteDetails(id: id, in: db)
            let site = try Self.site(id: invite.siteId, in: db)
            let sent =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM outbox_message WHERE invite_id = ? AND status = 'sent' AND channel IN ('sms', 'email')",
                    arguments: [id]) ?? 0
            _ = try InviteRecord.deleteOne(db, key: id)
            if sent > 0 { try Self.enqueueCancellation(details, site: site, now: now, in: db) }
            try Self.audit("invite-cancelled", actor: actor, siteID: site.rowID, details: ["invite": .ids([id])], at: now, in: db)
        }
    }

    /// `date` may be invited to at `site`: from today to a year ahead, in the site's time zone.
    private static func checkInviteDate(_ date: CalendarDate, site: SiteRecord, now: Date) throws {
        let today = CalendarDate(of: now, in: site.zone)
        guard date >= today else { throw ValidationError(field: "date", reason: "must be today (\(today)) or later") }
        guard date <= today.adding(days: 366, in: site.zone) else { throw ValidationError(field: "date", reason: "must be within a year") }
    }

    static func inviteRecord(id: Int64, siteID: Int64?, in db: Database) throws -> InviteRecord {
        guard let invite = try InviteRecord.fetchOne(db, key: id), siteID == nil || siteID == invite.siteId else {
            throw StoreError.notFound(entity: "invite", field: "id")
        }
        return invite
    }

    /// Invite `id` if the visitor has not arrived with it: a used invite is part of a visit now and stays as it is.
    private static func unusedInvite(id: Int64, siteID: Int64?, in db: Database) throws -> InviteRecord {
        let invite = try inviteRecord(id: id, siteID: siteID, in: db)
        guard invite.visitId == nil, invite.arrivedAt == nil else { throw StoreError.conflict("the visitor has arrived with this invite already") }
        return invite
    }

    static func inviteDetails(id: Int64, in db: Database) throws -> InviteDetails {
        guard let details = try InviteDetails.fetchOne(db, sql: InviteDetails.baseSQL + " WHERE invite.id = ?", arguments: [id]) else {
            throw StoreError.notFound(entity: "invite", field: "id")
        }
        return details
    }

    /// The audit actor for a staff id (a login), or the system.
    private static func actor(_ staffID: Int64?) -> AuditActor {
        staffID.map { .staff($0, siteID: nil) } ?? "system"
    }
}
