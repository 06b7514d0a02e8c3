import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The groups expected at `siteID` on `date`, school name order, with members and arrival state.
    public func groups(siteID: Int64, date: CalendarDate) async throws -> [GroupDetails] {
        try await read { db in
            try GroupRecord.filter(GroupRecord.Columns.siteId == siteID && GroupRecord.Columns.visitDate == date.value)
                .order(GroupRecord.Columns.schoolKey).fetchAll(db).map { try GroupDetails.load($0, in: db) }
        }
    }

    /// Group `id`, if it is at `siteID` (any site when nil); not found otherwise.
    public func group(id: Int64, siteID: Int64?) async throws -> GroupDetails {
        try await read { db in try GroupDetails.load(try Self.groupRecord(id: id, siteID: siteID, in: db), in: db) }
    }

    /// Checks in `memberIDs` (all members when nil) of group `id` as visits to the group's host, on the group's
    /// date only; members already in stay as they were. One notification batch to the host and contact phone;
    /// the site's webhook gets each visit, as for walk-ins, and one `group.arrived` event.
    public func arrive(
        groupID id: Int64, memberIDs: [Int64]?, siteID: Int64?, contactPhone: PhoneNumber?, staffID: Int64?, now: Date
    ) async throws -> GroupArrival {
        try await write { db in
            var group = try Self.groupRecord(id: id, siteID: siteID, in: db)
            guard let site = try SiteRecord.fetchOne(db, key: group.siteId) else { throw StoreError.notFound(entity: "site", field: "site") }
            let today = CalendarDate(of: now, in: site.zone)
            guard today.value == group.visitDate else {
                throw StoreError.conflict("the group is expected on \(group.visitDate), not today (\(today))")
            }
            let host = try Self.activeHost(id: group.hostId, siteID: site.rowID, in: db)
            if group.contactPhone == nil, let contactPhone {
                group.contactPhone = contactPhone.e164
                try group.update(db)
            }
            guard let phone = group.contactPhone else {
                throw ValidationError(field: "contactPhone", reason: "is required: the group has none, and contact tracing needs a phone")
            }
            let members = try Self.members(memberIDs, of: group, in: db)
            var arrived: [Int64] = [], firstVisit: Int64?
            for var member in members where member.visitId == nil {
                let visit = try Self.insertVisit(
                    host: host, name: member.name, phone: phone, badgeCode: .random(), staffID: staffID, now: now,
                    privacyNoticeVersion: nil, in: db
                )
                member.visitId = visit.rowID
                firstVisit = firstVisit ?? visit.rowID
                if let webhook = try Self.webhookMessage(.visitCheckedIn, visit: visit, site: site, host: host, at: now) {
                    try Self.enqueue([webhook], siteID: site.rowID, visitID: visit.rowID, at: now, in: db)
                }
                member.arrivedAt = now
                try member.update(db)
                arrived.append(member.rowID)
            }
            if let firstVisit {
                try Self.enqueueGroupArrivalMessages(
                    count: arrived.count, group: group, site: site, host: host, phone: phone, visitID: firstVisit, now: now, in: db
                )
            }
            try Self.audit(
                "group-arrival", actor: staffID.map { .staff($0, siteID: nil) } ?? "system", siteID: site.rowID,
                details: [
                    "group": .ids([group.rowID]), "arrived": .number(arrived.count), "alreadyArrived": .number(members.count - arrived.count),
                ], at: now, in: db)
            return GroupArrival(
                group: try GroupDetails.load(group, in: db), arrived: arrived,
                alreadyArrived: members.filter { $0.visitId != nil }.map(\.rowID)
            )
        }
    }

    /// The visits of group `id`'s arrived members, in list order, for the badge sheet.
    public func arrivedVisits(groupID id: Int64, siteID: Int64?) async throws -> [VisitDetails] {
        try await read { db in
            _ = try Self.groupRecord(id: id, siteID: siteID, in: db)
            return try VisitDetails.fetchAll(
                db,
                sql: VisitDetails.baseSQL + """
                     JOIN group_member ON group_member.visit_id = visit.id WHERE group_member.group_id = ? ORDER BY group_member.line
                    """, arguments: [id])
        }
    }

    private static func groupRecord(id: Int64, siteID: Int64?, in db: Database) throws -> GroupRecord {
        guard let group = try GroupRecord.fetchOne(db, key: id), siteID == nil || siteID == group.siteId else {
            throw StoreError.notFound(entity: "group", field: "id")
        }
        return group
    }

    private static func members(_ ids: [Int64]?, of group: GroupRecord, in db: Database) throws -> [GroupMemberRecord] {
        let all = try GroupMemberRecord.filter(GroupMemberRecord.Columns.groupId == group.rowID).order(GroupMemberRecord.Columns.line).fetchAll(db)
        guard let ids else { return all }
        let wanted = Set(ids)
        let found = all.filter { wanted.contains($0.rowID) }
        guard found.count == wanted.count else { throw StoreError.notFound(entity: "group member", field: "memberIds") }
        return found
    }

    /// The batch's notifications, tied to its first visit so that they are purged with it.
    private static func enqueueGroupArrivalMessages(
        count: Int, group: GroupRecord, site: SiteRecord, host: HostRecord, phone: String, visitID: Int64, now: Date, in db: Database
    ) throws {
        let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
        var messages = [OutgoingMessage(.sms, phone, body: texts.groupContactSMS(count: count, site: site.name, privacyURL: site.privacyNoticeUrl))]
        if let hostPhone = host.phone {
            messages.append(.init(.sms, hostPhone, body: texts.groupHostSMS(count: count, school: group.school, site: site.name)))
        }
        if let email = host.email {
            let time = LocalDay(timeZone: site.zone).isoDateTime(of: now)
            let mail = texts.groupHostEmail(host: host.name, count: count, school: group.school, site: site.name, time: time)
            messages.append(.init(.email, email, subject: mail.subject, body: mail.body))
        }
        if let visit = try VisitRecord.fetchOne(db, key: visitID),
            let event = try webhookMessage(.groupArrived, visit: visit, site: site, host: host, at: now, groupID: group.rowID, arrived: count)
        {
            messages.append(event)
        }
        try enqueue(messages, siteID: site.rowID, visitID: visitID, at: now, in: db)
    }
}
