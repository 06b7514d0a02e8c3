import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Corrects the name and/or phone on every record of verified request `id`'s subject that its verification
    /// releases, and on the request itself so that later steps still find them; a corrected identifier is no longer
    /// counted as verified (nobody proved the new value). The audit names the fields, not the values.
    public func rectifySubject(requestID id: Int64, name: PersonName?, phone: PhoneNumber?, actor: AuditActor, now: Date) async throws -> Int {
        try await write { db in
            var request = try Self.actionable(id, for: [.rectify], actor: actor, in: db)
            let match = SubjectMatch(request: request, releasedOnly: true)
            let visits = try match.visits(db).map(\.id), members = try match.members(db).map(\.id), consents = try match.consents(db).map(\.id)
            let invites = try match.invites(db).map(\.id)
            var fields: [String] = []
            if let name {
                fields.append("name")
                try VisitRecord.filter(keys: visits).updateAll(db, VisitRecord.Columns.visitorName.set(to: name.value))
                try GroupMemberRecord.filter(keys: members).updateAll(
                    db, GroupMemberRecord.Columns.name.set(to: name.value), GroupMemberRecord.Columns.nameKey.set(to: name.value.lowercased()))
                try ConsentRecord.filter(keys: consents).updateAll(db, ConsentRecord.Columns.name.set(to: name.value))
                try InviteRecord.filter(keys: invites).updateAll(db, InviteRecord.Columns.visitorName.set(to: name.value))
                request.subjectName = name.value
            }
            if let phone {
                fields.append("phone")
                try VisitRecord.filter(keys: visits).updateAll(db, VisitRecord.Columns.visitorPhone.set(to: phone.e164))
                try InviteRecord.filter(keys: invites).updateAll(db, InviteRecord.Columns.visitorPhone.set(to: phone.e164))
                request.subjectPhone = phone.e164
            }
            let corrected: Set<SubjectIdentifier> = Set((name != nil ? [.name] : []) + (phone != nil ? [.phone] : []))
            request.verifiedIdentifiers = SubjectIdentifier.stored(request.verified.subtracting(corrected))
            try request.update(db)
            let changed = visits.count + invites.count + (name != nil ? members.count + consents.count : 0)
            try Self.audit(
                "subject-rectify", actor: actor, siteID: request.siteId,
                details: [
                    "request": .ids([id]), "fields": .word(fields.joined(separator: ",")), "records": .number(changed),
                ], at: now, in: db)
            return changed
        }
    }

    /// Holds every visit of request `id`'s subject within its site from the purge until `endsAt`, with `reason`;
    /// returns how many. Keeping data longer releases nothing, so no verification is needed.
    public func restrictSubject(requestID id: Int64, reason: String, endsAt: Date, actor: AuditActor, now: Date) async throws -> Int {
        try await write { db in
            let request = try Self.actionable(id, for: [.restrict, .object], verified: false, actor: actor, in: db)
            guard endsAt > now else { throw ValidationError(field: "until", reason: "must be in the future") }
            let visits = try SubjectMatch(request: request, releasedOnly: false).visits(db).map(\.id)
            for visit in visits {
                try db.execute(
                    sql: "INSERT INTO hold (visit_id, reason, ends_at, created_at, request_id) VALUES (?, ?, ?, ?, ?)",
                    arguments: [visit, reason, endsAt, now, id])
            }
            try Self.audit(
                "subject-restrict", actor: actor, siteID: request.siteId,
                details: [
                    "request": .ids([id]), "visits": .number(visits.count),
                ], at: now, in: db)
            return visits.count
        }
    }
}
