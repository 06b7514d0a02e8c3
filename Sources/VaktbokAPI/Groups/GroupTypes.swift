import Foundation
import Hummingbird
import VaktbokCore

/// The fields of a list import, from the query string or (with the list as `list`) a JSON body.
struct GroupImportFields: Decodable {
    let site: String?
    let date: String
    let school: String
    let hostId: Int64
    let contactPhone: String?
    let dryRun: Bool?
    /// The list itself, when the body is JSON.
    let list: String?
}

/// `POST /api/v1/groups/{id}/arrivals` body: some members or all.
struct ArrivalRequest: Decodable {
    let memberIds: [Int64]?
    let all: Bool?
    /// Sets the group's contact phone if the import gave none.
    let contactPhone: String?
}

/// A group as the desk sees it: school, host, contact phone and members with arrival state.
struct GroupResponse: Codable {
    /// One member; `visitId` and `badgeCode` once arrived.
    struct Member: Codable {
        let id: Int64
        let name: String
        let role: MemberRole
        let arrived: Bool
        let arrivedAt: Date?
        let visitId: Int64?
        let badgeCode: String?
    }

    let id: Int64
    let site: String
    let date: String
    let school: String
    let host: HostSummary
    let contactPhone: String?
    let memberCount: Int
    let arrivedCount: Int
    let members: [Member]

    init(_ details: GroupDetails) {
        let group = details.group
        id = group.rowID
        site = details.siteCode
        date = group.visitDate
        school = group.school
        host = HostSummary(id: group.hostId, name: details.hostName)
        contactPhone = group.contactPhone
        memberCount = details.members.count
        arrivedCount = details.arrivedCount
        members = details.members.map { member in
            let record = member.record
            return Member(
                id: record.rowID, name: record.name, role: record.role, arrived: record.visitId != nil,
                arrivedAt: record.arrivedAt, visitId: record.visitId, badgeCode: member.badgeCode
            )
        }
    }
}

/// What an import did: the group, counts, and one result per row.
struct GroupImportResponse: Codable {
    /// The group; without `id` in a dry run that would create it.
    struct Group: Codable {
        let id: Int64?
        let site: String
        let date: String
        let school: String
        let hostId: Int64
        let contactPhone: String?
    }

    /// One row's result.
    struct Row: Codable {
        let line: Int
        let name: String?
        let role: MemberRole?
        let status: GroupImportResult.Status
        let reason: String?
    }

    let dryRun: Bool
    let created: Bool
    let groupChanged: Bool
    let group: Group
    let counts: [String: Int]
    let ignoredColumns: [String]
    let rows: [Row]

    init(_ result: GroupImportResult, site: String, dryRun: Bool, ignoredColumns: [String]) {
        let record = result.group
        self.dryRun = dryRun
        created = result.created
        groupChanged = result.groupChanged
        group = Group(
            id: record.id, site: site, date: record.visitDate, school: record.school, hostId: record.hostId, contactPhone: record.contactPhone)
        counts = Dictionary(
            uniqueKeysWithValues: [GroupImportResult.Status.imported, .updated, .unchanged, .rejected].map { ($0.rawValue, result.count($0)) })
        self.ignoredColumns = ignoredColumns
        rows = result.rows.map { Row(line: $0.line, name: $0.name, role: $0.role, status: $0.status, reason: $0.reason) }
    }
}

/// What an arrival batch did, and the group afterwards.
struct ArrivalResponse: Codable {
    let arrived: [Int64]
    let alreadyArrived: [Int64]
    let group: GroupResponse
    /// The new arrivals' badges, when sent to the terminal's printer.
    let printJob: PrintJobResponse?
}

/// The groups expected at a site on a date.
struct GroupListResponse: Codable {
    let site: String
    let date: String
    let groups: [GroupResponse]
}

extension Encodable {
    /// This value as a no-store JSON answer with `status`, encoded as `context` encodes responses.
    func personalJSON(_ context: AppRequestContext, status: HTTPResponse.Status = .ok) throws -> Response {
        var response = Response.personalData(ByteBuffer(data: try context.responseEncoder.encode(self)), type: "application/json; charset=utf-8")
        response.status = status
        return response
    }
}
