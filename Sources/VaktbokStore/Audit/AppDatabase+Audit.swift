import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    public func auditEntries(_ query: AuditQuery) async throws -> [AuditRecord] {
        try await read { db in
            var request = AuditRecord.order(AuditRecord.Columns.id.desc).limit(query.limit)
            if let siteID = query.siteID { request = request.filter(AuditRecord.Columns.siteId == siteID) }
            if let beforeID = query.beforeID { request = request.filter(AuditRecord.Columns.id < beforeID) }
            if let action = query.action { request = request.filter(AuditRecord.Columns.action == action) }
            if let from = query.from { request = request.filter(AuditRecord.Columns.at >= from) }
            if let until = query.until { request = request.filter(AuditRecord.Columns.at < until) }
            return try request.fetchAll(db)
        }
    }

    /// Appends an entry inside the caller's transaction; `details` must hold no personal data.
    static func audit(_ action: String, actor: AuditActor, siteID: Int64?, details: [String: AuditValue], at: Date, in db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var entry = AuditRecord(
            id: nil, at: at, actor: actor.label, action: action, siteId: siteID,
            details: String(decoding: try encoder.encode(details), as: UTF8.self)
        )
        try entry.insert(db)
    }
}
