import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Registers a request received at `receivedAt`, due one calendar month later (Europe/Oslo), covering the records
    /// of `siteID` (nil: every site; a site-bound actor registers for their own site only).
    public func registerRequest(
        type: SubjectRequestType, subject: SubjectIdentifiers, siteID: Int64?, receivedAt: Date, actor: AuditActor, now: Date
    ) async throws -> SubjectRequestRecord {
        try await write { db in
            guard actor.siteID == nil || actor.siteID == siteID else { throw StoreError.notFound(entity: "site", field: "site") }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = SubjectRequestRecord.registerZone
            var request = SubjectRequestRecord(
                id: nil, type: type, subjectPhone: subject.phone, subjectEmail: subject.email, subjectName: subject.name,
                receivedAt: receivedAt, dueAt: calendar.date(byAdding: .month, value: 1, to: receivedAt) ?? receivedAt,
                createdAt: now, verifiedAt: nil, verificationMethod: nil, codeHash: nil, codeExpiresAt: nil, codeAttempts: 0,
                closedAt: nil, outcome: nil, siteId: siteID, verifiedIdentifiers: nil
            )
            try request.insert(db)
            try Self.audit(
                "request-registered", actor: actor, siteID: siteID,
                details: [
                    "request": .ids([request.rowID]), "type": .word(type.rawValue),
                ], at: now, in: db)
            return request
        }
    }

    /// The requests `filter` selects at `now` that `actor` may see, soonest due first.
    public func requests(_ filter: RequestFilter, actor: AuditActor, now: Date) async throws -> [SubjectRequestRecord] {
        try await read { db in
            var all = SubjectRequestRecord.order(SubjectRequestRecord.Columns.dueAt, SubjectRequestRecord.Columns.id)
            if let site = actor.siteID { all = all.filter(SubjectRequestRecord.Columns.siteId == site) }
            let selected =
                switch filter {
                case .open: all.filter(SubjectRequestRecord.Columns.closedAt == nil)
                case .overdue: all.filter(SubjectRequestRecord.Columns.closedAt == nil && SubjectRequestRecord.Columns.dueAt < now)
                case .closed: all.filter(SubjectRequestRecord.Columns.closedAt != nil)
                case .all: all
                }
            return try selected.fetchAll(db)
        }
    }

    /// Request `id` if `actor` may see it, or not found.
    public func request(id: Int64, actor: AuditActor) async throws -> SubjectRequestRecord {
        try await read { db in try Self.openOrClosedRequest(id: id, actor: actor, in: db) }
    }

    /// Closes request `id` with `outcome` (a short note without personal data).
    public func closeRequest(id: Int64, outcome: String, actor: AuditActor, now: Date) async throws -> SubjectRequestRecord {
        try await write { db in
            var request = try Self.openRequest(id: id, actor: actor, in: db)
            request.closedAt = now
            request.outcome = outcome
            try request.update(db)
            try Self.audit("request-closed", actor: actor, siteID: request.siteId, details: ["request": .ids([id])], at: now, in: db)
            return request
        }
    }

    /// Request `id`, open or closed, if `actor` may see it: another site's request is not found, so that its
    /// existence stays hidden.
    static func openOrClosedRequest(id: Int64, actor: AuditActor, in db: Database) throws -> SubjectRequestRecord {
        guard let request = try SubjectRequestRecord.fetchOne(db, key: id), actor.siteID == nil || actor.siteID == request.siteId else {
            throw StoreError.notFound(entity: "request", field: "id")
        }
        return request
    }

    /// Request `id` if `actor` may see it and it is still open; a conflict once closed.
    static func openRequest(id: Int64, actor: AuditActor, in db: Database) throws -> SubjectRequestRecord {
        let request = try openOrClosedRequest(id: id, actor: actor, in: db)
        guard request.closedAt == nil else { throw StoreError.conflict("the request is closed") }
        return request
    }
}
