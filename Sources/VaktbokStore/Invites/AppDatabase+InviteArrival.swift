import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Checks invite `id`'s visitor in; a second arrival answers with the visit the first one made.
    public func arriveInvite(id: Int64, siteID: Int64?, staffID: Int64?, now: Date) async throws -> CheckIn {
        try await write { db in try arrive(try Self.inviteRecord(id: id, siteID: siteID, in: db), staffID: staffID, now: now, in: db) }
    }

    /// One scan at the desk: the badge of an open visit checks it out (unless it is an invitation that arrived within
    /// `ScanOutcome.repeatWindow`); an invitation for today checks its visitor in.
    public func scan(code: BadgeCode, siteID: Int64?, staffID: Int64?, now: Date) async throws -> ScanOutcome {
        try await write { db in
            let visit = try VisitRecord.filter(VisitRecord.Columns.badgeCode == code.value).fetchOne(db)
            if let visit, siteID == nil || siteID == visit.siteId {
                let invite = try InviteRecord.filter(InviteRecord.Columns.visitId == visit.rowID).fetchOne(db)
                if visit.checkedOutAt == nil, let arrived = invite?.arrivedAt, now.timeIntervalSince(arrived) < ScanOutcome.repeatWindow {
                    return .alreadyIn(try Self.visitDetails(id: visit.rowID, in: db))
                }
                return .checkedOut(try Self.checkOut(visit, field: "badgeCode", kind: .badge, siteID: siteID, now: now, in: db))
            }
            let invite = try InviteRecord.filter(InviteRecord.live && InviteRecord.Columns.badgeCode == code.value).fetchOne(db)
            guard let invite, siteID == nil || siteID == invite.siteId else {
                throw StoreError.notFound(entity: "badge or invitation", field: "code")
            }
            return .checkedIn(try arrive(invite, staffID: staffID, now: now, in: db))
        }
    }

    /// The invitation behind `code` until its day is over.
    public func invitation(code: BadgeCode, now: Date) async throws -> InviteDetails {
        try await read { db in
            guard let invite = try InviteRecord.filter(InviteRecord.live && InviteRecord.Columns.badgeCode == code.value).fetchOne(db),
                invite.dayEndsAt > now
            else {
                throw StoreError.notFound(entity: "invitation", field: "code")
            }
            return try Self.inviteDetails(id: invite.rowID, in: db)
        }
    }

    /// The invite at `siteID` expected today with `phone` and not yet arrived, if any.
    static func expectedInvite(site: SiteRecord, phone: PhoneNumber, now: Date, in db: Database) throws -> Int64? {
        let today = CalendarDate(of: now, in: site.zone)
        let sql: SQL = """
            SELECT id FROM invite WHERE site_id = \(site.rowID) AND visit_date = \(today.value) AND visitor_phone = \(phone.e164)
            AND visit_id IS NULL AND cancelled_at IS NULL ORDER BY window_from LIMIT 1
            """
        return try SQLRequest<Int64>(literal: sql, cached: true).fetchOne(db)
    }

    /// Checks `invite`'s visitor in as a normal visit (notifications, badge with the invitation's code, the site's
    /// webhook), on the invite's date only; an invite already used answers with its visit.
    private func arrive(_ invite: InviteRecord, staffID: Int64?, now: Date, in db: Database) throws -> CheckIn {
        if let visitID = invite.visitId { return CheckIn(details: try Self.visitDetails(id: visitID, in: db), replayed: true) }
        let site = try Self.site(id: invite.siteId, in: db)
        let today = CalendarDate(of: now, in: site.zone)
        guard today.value == invite.visitDate else { throw StoreError.notToday(date: invite.visitDate, today: today.value) }
        let host = try Self.activeHost(id: invite.hostId, siteID: site.rowID, in: db)
        let visit = try Self.insertVisit(
            host: host, name: invite.visitorName, phone: invite.visitorPhone, badgeCode: try BadgeCode(invite.badgeCode), staffID: staffID,
            now: now, privacyNoticeVersion: nil, in: db)
        var arrived = invite
        arrived.visitId = visit.rowID
        arrived.arrivedAt = now
        try arrived.update(db)
        try Self.enqueueCheckInMessages(for: visit, site: site, host: host, publicURL: publicURL, in: db)
        return CheckIn(details: VisitDetails(visit, host: host, site: site), replayed: false)
    }
}
