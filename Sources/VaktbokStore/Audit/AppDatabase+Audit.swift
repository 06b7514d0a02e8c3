import Foundation
import GRDB

extension AppDatabase {
    /// Audit entries, newest first: all sites, or only `siteID`'s; `beforeID` pages back.
    public func auditEntries(siteID: Int64?, limit: Int, beforeID: Int64?) async throws -> [AuditRecord] {
        try await pool.read { db in
            var request = AuditRecord.order(Column("id").desc).limit(limit)
            if let siteID { request = request.filter(Column("site_id") == siteID) }
            if let beforeID { request = request.filter(Column("id") < beforeID) }
            return try request.fetchAll(db)
        }
    }

    /// Appends an entry inside the caller's transaction; `details` must hold no personal data.
    static func audit(_ action: String, actor: String, siteID: Int64?, details: [String: AuditValue], at: Date, in db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var entry = AuditRecord(
            id: nil, at: at, actor: actor, action: action, siteId: siteID,
            details: String(decoding: try encoder.encode(details), as: UTF8.self)
        )
        try entry.insert(db)
    }
}
