import Foundation
import VaktbokCore

/// The audit log's query parameters: `limit` (1-500), `before` (an entry id), `action`, and `from` / `to` (local dates
/// in Europe/Oslo, both days included).
enum AuditFilter {
    /// The store query for `parameters`, within `siteID` (a bound login's site); 400 naming the parameter at fault.
    static func query(from parameters: FormQuery, siteID: Int64?) throws -> AuditQuery {
        let limit = try parameters["limit"].map { raw in
            guard let limit = Int(raw), (1...500).contains(limit) else { throw APIError(.badRequest, "limit must be 1 to 500", field: "limit") }
            return limit
        }
        let before = try parameters["before"].map { raw in
            guard let id = Int64(raw) else { throw APIError(.badRequest, "before must be an entry id", field: "before") }
            return id
        }
        let action = try parameters["action"].map { raw in
            guard (1...40).contains(raw.count), raw.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) else {
                throw APIError(.badRequest, "action must be an action name such as subject-erase", field: "action")
            }
            return raw
        }
        let from = try parameters["from"].map { try CalendarDate($0, field: "from").start(in: TimeZoneName.oslo) }
        let until = try parameters["to"].map { try CalendarDate($0, field: "to").end(in: TimeZoneName.oslo) }
        if let from, let until, until <= from { throw APIError(.badRequest, "to must not be before from", field: "to") }
        return AuditQuery(siteID: siteID, limit: limit ?? 100, beforeID: before, action: action, from: from, until: until)
    }
}
