import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The subject's records for request `id` within its site, each with the identifiers it matched by, audited with
    /// counts only; no verification needed (staff see them; nothing leaves).
    public func findSubject(requestID id: Int64, actor: AuditActor, now: Date) async throws -> SubjectRecords {
        try await write { db in
            let request = try Self.openOrClosedRequest(id: id, actor: actor, in: db)
            let records = try Self.subjectRecords(SubjectMatch(request: request, releasedOnly: false), now: now, in: db)
            try Self.audit("subject-find", actor: actor, siteID: request.siteId, details: Self.counts(records, request: id), at: now, in: db)
            return records
        }
    }

    /// The export for verified request `id` (access, export, or erase: the subject may have a copy first): only the
    /// records matched through a verified identifier.
    public func exportSubject(requestID id: Int64, actor: AuditActor, now: Date) async throws -> SubjectExport {
        try await write { db in
            let request = try Self.actionable(id, for: [.access, .export, .erase], actor: actor, in: db)
            let records = try Self.subjectRecords(SubjectMatch(request: request, releasedOnly: true), now: now, in: db)
            try Self.audit("subject-export", actor: actor, siteID: request.siteId, details: Self.counts(records, request: id), at: now, in: db)
            return SubjectExport(
                format: "vaktbok-subject-export/1", generatedAt: now, controller: "Vaktbok",
                request: .init(id: id, type: request.type, receivedAt: request.receivedAt), subject: request.subject, records: records
            )
        }
    }

    /// Deletes every record of verified request `id`'s subject that its verification releases, in one transaction,
    /// and the subject's identifiers from the request itself (type, dates and verification method stay to track it),
    /// then checkpoints the WAL; refused with the reason when a record is under hold.
    public func eraseSubject(requestID id: Int64, actor: AuditActor, now: Date) async throws -> ErasureResult {
        var result = try await write { db in
            let request = try Self.actionable(id, for: [.erase, .object], actor: actor, in: db)
            let records = try Self.subjectRecords(SubjectMatch(request: request, releasedOnly: true), now: now, in: db)
            if let held = records.visits.compactMap(\.heldUntil).max() {
                throw StoreError.conflict(
                    "\(records.visits.filter { $0.heldUntil != nil }.count) of the records are under a hold until "
                        + "\(held.ISO8601Format()); release it or wait, then erase")
            }
            try VisitRecord.deleteAll(db, keys: records.visits.map(\.id))
            try GroupMemberRecord.deleteAll(db, keys: records.groupMemberships.map(\.id))
            try ConsentRecord.deleteAll(db, keys: records.consents.map(\.id))
            try InviteRecord.deleteAll(db, keys: records.invites.map(\.id))
            try db.execute(sql: "DELETE FROM outbox_message WHERE request_id = ?", arguments: [id])
            try db.execute(
                sql: "UPDATE subject_request SET subject_phone = NULL, subject_email = NULL, subject_name = NULL WHERE id = ?", arguments: [id])
            try Self.audit("subject-erase", actor: actor, siteID: request.siteId, details: Self.counts(records, request: id), at: now, in: db)
            return ErasureResult(
                visits: records.visits.count, groupMemberships: records.groupMemberships.count, consents: records.consents.count,
                pendingMessages: records.pendingMessages.count, invites: records.invites.count
            )
        }
        result.walCheckpointed = try await checkpoint(attempts: 3) == .truncated
        return result
    }

    /// Request `id` if `actor` may see it, it is open, verified (not needed for `restrict`), and of a type that
    /// allows the action.
    static func actionable(
        _ id: Int64, for types: Set<SubjectRequestType>, verified: Bool = true, actor: AuditActor, in db: Database
    ) throws -> SubjectRequestRecord {
        let request = try openRequest(id: id, actor: actor, in: db)
        guard types.contains(request.type) else {
            throw StoreError.conflict(
                "this is a request for \(request.type.rawValue); register a request of type "
                    + types.map(\.rawValue).sorted().joined(separator: " or "))
        }
        guard !verified || !request.verified.isEmpty else {
            throw StoreError.conflict("the requester's identity is not verified yet: send a code or record how it was checked")
        }
        return request
    }

    /// Audit details: the request and how many records of each kind, never their contents.
    static func counts(_ records: SubjectRecords, request id: Int64) -> [String: AuditValue] {
        [
            "request": .ids([id]), "visits": .number(records.visits.count), "groupMemberships": .number(records.groupMemberships.count),
            "consents": .number(records.consents.count), "pendingMessages": .number(records.pendingMessages.count),
            "invites": .number(records.invites.count),
        ]
    }
}
