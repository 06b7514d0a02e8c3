import Foundation
import GRDB
import VaktbokCore

/// Which requests to list.
public enum RequestFilter: String, Sendable, CaseIterable {
    case open, overdue, closed, all
}

extension AppDatabase {
    /// Registers a request received at `receivedAt`, due one calendar month later (Europe/Oslo).
    public func registerRequest(
        type: SubjectRequestType, subject: SubjectIdentifiers, receivedAt: Date, actor: String, now: Date
    ) async throws -> SubjectRequestRecord {
        try await write { db in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = Self.registerZone
            var request = SubjectRequestRecord(
                id: nil, type: type, subjectPhone: subject.phone, subjectEmail: subject.email, subjectName: subject.name,
                receivedAt: receivedAt, dueAt: calendar.date(byAdding: .month, value: 1, to: receivedAt) ?? receivedAt,
                createdAt: now, verifiedAt: nil, verificationMethod: nil, codeHash: nil, codeExpiresAt: nil, codeAttempts: 0,
                closedAt: nil, outcome: nil
            )
            try request.insert(db)
            try Self.audit("request-registered", actor: actor, siteID: nil, details: [
                "request": .ids([request.rowID]), "type": .word(type.rawValue),
            ], at: now, in: db)
            return request
        }
    }

    /// The requests `filter` selects at `now`, soonest due first.
    public func requests(_ filter: RequestFilter, now: Date) async throws -> [SubjectRequestRecord] {
        try await pool.read { db in
            let all = SubjectRequestRecord.order(Column("due_at"), Column("id"))
            let selected = switch filter {
            case .open: all.filter(Column("closed_at") == nil)
            case .overdue: all.filter(Column("closed_at") == nil && Column("due_at") < now)
            case .closed: all.filter(Column("closed_at") != nil)
            case .all: all
            }
            return try selected.fetchAll(db)
        }
    }

    /// Request `id`, or not found.
    public func request(id: Int64) async throws -> SubjectRequestRecord {
        try await pool.read { db in try Self.openOrClosedRequest(id: id, in: db) }
    }

    /// Closes request `id` with `outcome` (a short note without personal data).
    public func closeRequest(id: Int64, outcome: String, actor: String, now: Date) async throws -> SubjectRequestRecord {
        try await write { db in
            var request = try Self.openRequest(id: id, in: db)
            request.closedAt = now
            request.outcome = outcome
            try request.update(db)
            try Self.audit("request-closed", actor: actor, siteID: nil, details: ["request": .ids([id])], at: now, in: db)
            return request
        }
    }

    /// The time zone the register's calendar months are counted in.
    static let registerZone = TimeZoneName.oslo

    /// Request `id`, open or closed; not found otherwise.
    static func openOrClosedRequest(id: Int64, in db: Database) throws -> SubjectRequestRecord {
        guard let request = try SubjectRequestRecord.fetchOne(db, key: id) else { throw StoreError.notFound(entity: "request", field: "id") }
        return request
    }

    /// Request `id` if it is still open; a conflict once closed.
    static func openRequest(id: Int64, in db: Database) throws -> SubjectRequestRecord {
        let request = try openOrClosedRequest(id: id, in: db)
        guard request.closedAt == nil else { throw StoreError.conflict("the request is closed") }
        return request
    }
}
