import Foundation
import Hummingbird
import VaktbokCore

/// One audit-log entry: who did what, when, where, with counts and ids.
struct AuditEntryResponse: ResponseCodable {
    let id: Int64
    let at: Date
    let actor: String
    let action: String
    let siteId: Int64?
    /// The entry's parameters and counts as a JSON object.
    let details: [String: AuditValue]

    init(_ record: AuditRecord) {
        id = record.rowID
        at = record.at
        actor = record.actor
        action = record.action
        siteId = record.siteId
        details = record.detailValues
    }
}
