import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Every record about `subject` at every site, read in one transaction (what an unverified find shows).
    public func subjectRecords(_ subject: SubjectIdentifiers, now: Date) async throws -> SubjectRecords {
        try await read { db in try Self.subjectRecords(SubjectMatch(subject: subject, siteID: nil), now: now, in: db) }
    }

    /// The records `match` finds, read in `db`, each with the identifiers it matched by.
    static func subjectRecords(_ match: SubjectMatch, now: Date, in db: Database) throws -> SubjectRecords {
        let foundVisits = try match.visits(db), foundMembers = try match.members(db), foundConsents = try match.consents(db)
        let foundInvites = try match.invites(db)
        let visitIDs = foundVisits.map(\.id), memberIDs = foundMembers.map(\.id), consentIDs = foundConsents.map(\.id)
        let inviteIDs = foundInvites.map(\.id)
        let matched = { (found: [SubjectMatch.Found]) in Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0.matchedBy.sorted()) }) }
        let visitMatches = matched(foundVisits), memberMatches = matched(foundMembers), consentMatches = matched(foundConsents)
        let inviteMatches = matched(foundInvites)
        let retention = Dictionary(uniqueKeysWithValues: try SiteRecord.fetchAll(db).map { ($0.rowID, $0.visitRetentionDays) })
        let holds: SQLRequest<Row> = """
            SELECT visit_id, max(ends_at) AS ends FROM hold WHERE \(HoldRecord.active(at: now)) AND visit_id IN \(visitIDs) GROUP BY visit_id
            """
        let heldUntil = try Dictionary(uniqueKeysWithValues: holds.fetchAll(db).map { ($0["visit_id"] as Int64, $0["ends"] as Date) })
        let visitRequest: SQLRequest<VisitDetails> = "\(sql: VisitDetails.baseSQL) WHERE visit.id IN \(visitIDs) ORDER BY visit.checked_in_at"
        let visits = try visitRequest.fetchAll(db).map { details in
            SubjectRecords.Visit(
                id: details.visit.rowID, site: details.siteCode, host: details.hostName, name: details.visit.visitorName,
                phone: details.visit.visitorPhone, checkedInAt: details.visit.checkedInAt, checkedOutAt: details.visit.checkedOutAt,
                purpose: SubjectRecords.Purpose.visit,
                deletedFrom: deletionDay(details, retentionDays: retention[details.visit.siteId] ?? RetentionPolicy.standard.visitDays),
                heldUntil: heldUntil[details.visit.rowID], matchedBy: visitMatches[details.visit.rowID] ?? []
            )
        }
        let memberRequest: SQLRequest<Row> = """
            SELECT group_member.*, school_group.school, school_group.visit_date, school_group.day_ends_at FROM group_member
            JOIN school_group ON school_group.id = group_member.group_id WHERE group_member.id IN \(memberIDs)
            """
        let members = try memberRequest.fetchAll(db).map { row in
            let member = try GroupMemberRecord(row: row)
            return SubjectRecords.GroupMembership(
                id: member.rowID, school: row["school"], date: row["visit_date"], name: member.name, role: member.role, email: member.email,
                arrived: member.visitId != nil, purpose: SubjectRecords.Purpose.member,
                deletedFrom: member.visitId != nil
                    ? visits.first { $0.id == member.visitId }?.deletedFrom ?? "with the visit"
                    : LocalDay(timeZone: SubjectRequestRecord.registerZone).isoDate(of: row["day_ends_at"]),
                matchedBy: memberMatches[member.rowID] ?? []
            )
        }
        let consents = try ConsentRecord.filter(keys: consentIDs).fetchAll(db).map { consent in
            SubjectRecords.Consent(
                id: consent.rowID, name: consent.name, email: consent.email, school: consent.school, consentedBy: consent.consentedBy,
                consentedAt: consent.consentedAt, expiresAt: consent.expiresAt, mailsSent: consent.mailsSent,
                purpose: SubjectRecords.Purpose.consent,
                deletedFrom: LocalDay(timeZone: SubjectRequestRecord.registerZone).isoDate(of: consent.expiresAt),
                matchedBy: consentMatches[consent.rowID] ?? []
            )
        }
        let pending: SQLRequest<Row> = """
            SELECT id, channel, created_at FROM outbox_message WHERE status = 'pending'
            AND (visit_id IN \(visitIDs) OR consent_id IN \(consentIDs) OR invite_id IN \(inviteIDs)) ORDER BY id
            """
        let messages = try pending.fetchAll(db).map { row in
            SubjectRecords.PendingMessage(
                id: row["id"], channel: row["channel"], createdAt: row["created_at"], purpose: SubjectRecords.Purpose.message)
        }
        let inviteRequest: SQLRequest<InviteDetails> = "\(sql: InviteDetails.baseSQL) WHERE invite.id IN \(inviteIDs) ORDER BY invite.visit_date"
        let invites = try inviteRequest.fetchAll(db).map { details in
            let invite = details.invite
            return SubjectRecords.Invite(
                id: invite.rowID, site: details.siteCode, host: details.hostName, name: invite.visitorName, phone: invite.visitorPhone,
                email: invite.visitorEmail, date: invite.visitDate, arrived: invite.visitId != nil, cancelled: invite.cancelledAt != nil,
                purpose: SubjectRecords.Purpose.invite,
                deletedFrom: invite.cancelledAt == nil
                    ? LocalDay(timeZone: details.siteZone).isoDate(of: invite.dayEndsAt) : "once the cancellation is sent",
                matchedBy: inviteMatches[invite.rowID] ?? [])
        }
        return SubjectRecords(visits: visits, groupMemberships: members, consents: consents, pendingMessages: messages, invites: invites)
    }

    /// The local date from which the purge deletes `details`: the day after its check-out day plus the retention days.
    private static func deletionDay(_ details: VisitDetails, retentionDays: Int) -> String {
        let day = LocalDay(timeZone: details.siteZone)
        let lastDay = details.visit.checkedOutAt ?? details.visit.checkedInAt
        return day.isoDate(of: day.start(daysBefore: -(retentionDays + 1), lastDay))
    }
}
