import Foundation
import VaktbokCore

/// `POST /api/v1/rollcalls` body.
struct StartRollCallRequest: Decodable {
    let site: String?
    let kind: String
    let assemblyPoint: String?
    /// Text everyone in the snapshot (one SMS per distinct phone).
    let notify: Bool?
}

/// `PUT /api/v1/rollcalls/{id}/entries/{visitId}` body; `markedAt` (ISO 8601) is when the warden tapped, for a mark
/// sent late.
struct MarkRequest: Decodable {
    let accounted: Bool
    let markedAt: String?
}

/// A roll call as the wardens' page shows it: counts, the figures, and everyone in the snapshot, the missing first.
struct RollCallResponse: Codable {
    /// One person in the snapshot; `accountedBy` is a staff id.
    struct Entry: Codable {
        let visitId: Int64
        let name: String
        let host: String
        let since: Date
        let accounted: Bool
        let accountedAt: Date?
        let accountedBy: Int64?
    }

    let id: Int64
    let site: String
    let kind: RollCallKind
    let assemblyPoint: String?
    let startedAt: Date
    let endedAt: Date?
    let total: Int
    let missing: Int
    let fullCountAt: Date?
    let secondsToFullCount: Double?
    let entries: [Entry]

    init(_ details: RollCallDetails, site: String) {
        let record = details.rollCall
        (id, self.site, kind, assemblyPoint, startedAt, endedAt) = (
            record.rowID, site, record.kind, record.assemblyPoint, record.startedAt, record.endedAt
        )
        (total, missing, fullCountAt, secondsToFullCount) = (record.total, details.missing, record.fullCountAt, record.secondsToFullCount)
        entries = details.entries.map {
            Entry(
                visitId: $0.visitId, name: $0.name, host: $0.host, since: $0.checkedInAt, accounted: $0.accountedAt != nil,
                accountedAt: $0.accountedAt, accountedBy: $0.accountedBy)
        }
    }
}

/// `GET /api/v1/rollcalls/current`: the site, and its open roll call if there is one.
struct CurrentRollCallResponse: Codable {
    let site: String
    let siteName: String
    let timeZone: String
    let rollCall: RollCallResponse?
}
