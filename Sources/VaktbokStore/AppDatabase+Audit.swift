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

/// A value the audit log may hold: a count, a parameter word, or a list of ids.
public enum AuditValue: Codable, Sendable, Equatable {
    case number(Int)
    case word(String)
    case ids([Int64])

    /// Reads a number, an id list or a word, in that order of preference.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else if let ids = try? container.decode([Int64].self) {
            self = .ids(ids)
        } else {
            self = .word(try container.decode(String.self))
        }
    }

    /// Writes the bare value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .number(value): try container.encode(value)
        case let .word(value): try container.encode(value)
        case let .ids(value): try container.encode(value)
        }
    }
}
