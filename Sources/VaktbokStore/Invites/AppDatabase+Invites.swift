import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The most invites one site may make in 24 hours (cancelled ones count): an event's worth, and a ceiling on the
    /// invitations its logins can send.
    public static let maxInvitesPerDay = 2_000
    /// How often one invite may be moved, each move an SMS to the visitor.
    public static let maxChanges = 5

    /// Creates `new` and queues the invitation (SMS, and e-mail with a calendar file when an address is given) and
    /// the host's note, in one transaction. The same site, date, host and phone again answer with the invite there.
    public func createInvite(_ new: NewInvite, now: Date) async throws -> InviteCreation {
        try await write { db in
            var target = try Self.inviteTarget(siteID: new.siteID, hostID: new.hostID, date: new.date, now: now, in: db)
            return try insertInvite(new, into: &target, now: now, in: db)
        }
    }

    /// Invites every guest of `list` in one transaction, rolled back in a dry run (nothing stored, nothing sent).
    public func importInvites(
        _ list: InviteList, siteID: Int64, hostID: Int64, date: CalendarDate, window: VisitWindow?, dryRun: Bool, staffID: Int64?, now: Date
    ) async throws -> [InviteImportRow] {
        try await write { db in
            var target = try Self.inviteTarget(siteID: siteID, hostID: hostID, date: date, now: now, in: db)
            var rows = list.rejections.map { InviteImportRow(line: $0.line, name: $0.name, status: .rejected, reason: $0.reason) }
            try db.inSavepoint {
                for entry in list.entries {
                    let new = NewInvite(
                        siteID: siteID, hostID: hostID, name: entry.name, phone: entry.phone, email: entry.email, date: date, window: window,
                        staffID: staffID)
                    let created = try insertInvite(new, into: &target, now: now, in: db)
                    rows.append(InviteImportRow(line: entry.line, name: entry.name.value, status: created.existed ? .existing : .invited))
                }
                return dryRun ? .rollback : .commit
            }
            return rows.sorted { $0.line < $1.line }
        }
    }

    /// Where new invites go, checked once per request: the site, its active host, and how many invites the site
    /// has made in the last 24 hours.
    private struct InviteTarget {
        let site: SiteRecord
        let host: HostRecord
        var madeInLastDay: Int
    }

    /// The target of invites to `hostID` at `siteID` on `date`: the host active there, the date from today to a year ahead.
    private static func inviteTarget(siteID: Int64, hostID: Int64, date: CalendarDate, now: Date, in db: Database) throws -> InviteTarget {
        let host = try Self.activeHost(id: hostID, siteID: siteID, in: db)
        let site = try Self.site(id: siteID, in: db)
        try checkInviteDate(date, site: site, now: now)
        let made = try InviteRecord.filter(
            InviteRecord.Columns.siteId == site.rowID && InviteRecord.Columns.createdAt > now.addingTimeInterval(-86_400)
        )
        .fetchCount(db)
        return InviteTarget(site: site, host: host, madeInLastDay: made)
    }

    /// Inserts `new` into `target` with its messages and audit entry, or finds the same invite (site, date, host, phone).
    private func insertInvite(_ new: NewInvite, into target: inout InviteTarget, now: Date, in db: Database) throws -> InviteCreation {
        let (site, host) = (target.site, target.host)
        let same = InviteRecord.filter(
            InviteRecord.live && InviteRecord.Columns.siteId == site.rowID && InviteRecord.Columns.visitDate == new.date.value
                && InviteRecord.Columns.visitorPhone == new.phone.e164 && InviteRecord.Columns.hostId == host.rowID)
        if let existing = try same.fetchOne(db) {
            return InviteCreation(details: try Self.inviteDetails(id: existing.rowID, in: db), existed: true)
        }
        guard target.madeInLastDay < Self.maxInvitesPerDay else {
            throw StoreError.conflict("the site has made \(Self.maxInvitesPerDay) invites in the last 24 hours, the most allowed; try again later")
        }
        target.madeInLastDay += 1
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

    /// The invites of `siteID` on `date` not cancelled (only those `createdBy` made, when given), by time window
    /// (all-day ones first) and name.
    public func invites(siteID: Int64, date: CalendarDate, createdBy: Int64? = nil) async throws -> [InviteDetails] {
        try await read { db in
            let request: SQLRequest<InviteDetails> = """
                \(sql: InviteDetails.baseSQL) WHERE invite.site_id = \(siteID) AND invite.visit_date = \(date.value)
                AND invite.cancelled_at IS NULL AND (\(createdBy) IS NULL OR invite.created_by = \(createdBy))
                ORDER BY invite.window_from, invite.visitor_name
                """
            return try request.fetchAll(db)
        }
    }

    /// Invite `id`, if it is live, at `siteID` (any site when nil) and made by `createdBy` (anyone when nil).
    public func invite(id: Int64, siteID: Int64?, createdBy: Int64? = nil) async throws -> InviteDetails {
        try await read { db in
            try Self.inviteDetails(id: try Self.inviteRecord(id: id, siteID: siteID, createdBy: createdBy, in: db).rowID, in: db)
        }
    }

    /// Moves invite `id` to `date` and `window` (at most `maxChanges` times; the same date and window change
    /// nothing); the visitor's invitation not yet sent is replaced by the changed one, and the calendar file's sequence
    /// goes up so that the visitor's calendar moves the event.
    public func rescheduleInvite(
        id: Int64, siteID: Int64?, createdBy: Int64? = nil, date: CalendarDate, window: VisitWindow?, actor: AuditActor, now: Date
    ) async throws -> InviteDetails {
        try await write { db in
            var invite = try Self.unusedInvite(id: id, siteID: siteID, createdBy: createdBy, in: db)
            if invite.visitDate == date.value, invite.window == window { return try Self.inviteDetails(id: id, in: db) }
            guard invite.sequence < Self.maxChanges else {
                throw StoreError.conflict("this invite has been moved \(Self.maxChanges) times, the most allowed; cancel it and invite anew")
            }
            let site = try Self.site(id: invite.siteId, in: db)
            try Self.checkInviteDate(date, site: site, now: now)
            invite.visitDate = date.value
            invite.windowFrom = window?.from.minutes
            invite.windowUntil = window?.until.minutes
            invite.dayEndsAt = date.end(in: site.zone)
            invite.sequence += 1
            try invite.update(db)
            try Self.dropUnsentInvitation(invite, in: db)
            let details = try Self.inviteDetails(id: id, in: db)
            guard let host = try HostRecord.fetchOne(db, key: invite.hostId) else { throw StoreError.notFound(entity: "host", field: "hostId") }
            try enqueueInvitation(details, site: site, host: host, changed: true, now: now, in: db)
            try Self.audit("invite-rescheduled", actor: actor, siteID: site.rowID, details: ["invite": .ids([id])], at: now, in: db)
            return details
        }
    }

    /// Cancels invite `id`: its unsent messages are dropped and, if the invitation had gone out, the visitor is told
    /// (their calendar gets the event cancelled). The cancelled invite leaves every list at once and stays only as long
    /// as that message is unsent, so that a data-subject request still finds it; the purge deletes it after.
    public func cancelInvite(id: Int64, siteID: Int64?, createdBy: Int64? = nil, actor: AuditActor, now: Date) async throws {
        try await write { db in
            var invite = try Self.unusedInvite(id: id, siteID: siteID, createdBy: createdBy, in: db)
            let details = try Self.inviteDetails(id: id, in: db)
            let site = try Self.site(id: invite.siteId, in: db)
            let sent =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM outbox_message WHERE invite_id = ? AND status = 'sent' AND channel IN ('sms', 'email')",
                    arguments: [id]) ?? 0
            try db.execute(sql: "DELETE FROM outbox_message WHERE invite_id = ? AND status = 'pending'", arguments: [id])
            invite.cancelledAt = now
            try invite.update(db)
            if sent > 0 { try Self.enqueueCancellation(details, site: site, now: now, in: db) }
            try Self.audit("invite-cancelled", actor: actor, siteID: site.rowID, details: ["invite": .ids([id])], at: now, in: db)
        }
    }

    /// Deletes the visitor's invitation messages of `invite` not yet sent; the host's note and the webhook event stay.
    private static func dropUnsentInvitation(_ invite: InviteRecord, in db: Database) throws {
        try db.execute(
            sql: "DELETE FROM outbox_message WHERE invite_id = ? AND status = 'pending' AND recipient IN (?, ?)",
            arguments: [invite.rowID, invite.visitorPhone, invite.visitorEmail])
    }

    /// `date` may be invited to at `site`: from today to a year ahead, in the site's time zone.
    private static func checkInviteDate(_ date: CalendarDate, site: SiteRecord, now: Date) throws {
        let today = CalendarDate(of: now, in: site.zone)
        guard date >= today else { throw ValidationError(field: "date", reason: "must be today (\(today)) or later") }
        guard date <= today.adding(days: 366, in: site.zone) else { throw ValidationError(field: "date", reason: "must be within a year") }
    }

    /// Live invite `id` at `siteID` (any when nil) made by `createdBy` (anyone when nil); not found otherwise.
    static func inviteRecord(id: Int64, siteID: Int64?, createdBy: Int64? = nil, in db: Database) throws -> InviteRecord {
        guard let invite = try InviteRecord.fetchOne(db, key: id), invite.cancelledAt == nil, siteID == nil || siteID == invite.siteId,
            createdBy == nil || createdBy == invite.createdBy
        else { throw StoreError.notFound(entity: "invite", field: "id") }
        return invite
    }

    /// Invite `id` if the visitor has not arrived with it: a used invite is part of a visit now and stays as it is.
    private static func unusedInvite(id: Int64, siteID: Int64?, createdBy: Int64?, in db: Database) throws -> InviteRecord {
        let invite = try inviteRecord(id: id, siteID: siteID, createdBy: createdBy, in: db)
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
