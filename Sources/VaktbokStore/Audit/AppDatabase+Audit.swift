import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Audit entries, newest first: all sites, or only `siteID`'s; `beforeID` pages back.
    public func auditEntries(siteID: Int64?, limit: Int, beforeID: Int64?) async throws -> [AuditRecord] {
        try await read { db in
            var request = AuditRecord.order(AuditRecord.Columns.id.desc).limit(limit)
            if let siteID { request = request.filter(AuditRecord.Columns.siteId == siteID) }
            if let beforeID { request = request.filter(AuditRecord.Columns.id < beforeID) }
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
