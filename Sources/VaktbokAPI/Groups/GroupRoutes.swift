import Foundation
import Hummingbird
import VaktbokBadge
import VaktbokCore

/// School groups: list import (`POST /groups`), the day's groups (`GET /groups`), arrivals and badge sheets.
struct GroupRoutes {
    let store: any GroupStore
    let scope: SiteScope
    let config: APIConfig
    let autoPrint: AutoPrint

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("groups") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let (fields, table) = try await Self.importInput(request, context: context)
            let site = try await scope.site(for: staff, requested: fields.site)
            let list = try NameList(table: table)
            let dryRun = fields.dryRun ?? false
            let result = try await store.importGroup(
                GroupImport(
                    siteID: site.rowID, date: try CalendarDate(fields.date), school: try SchoolName(fields.school), hostID: fields.hostId,
                    contactPhone: try fields.contactPhone.map { try PhoneNumber($0, field: "contactPhone") }, list: list, dryRun: dryRun,
                    actor: staff.actor
                ), now: config.now())
            context.logger.info("group list imported", metadata: ["group.id": "\(result.group.id ?? 0)", "rows": "\(result.rows.count)"])
            let body = GroupImportResponse(result, site: site.code, dryRun: dryRun, ignoredColumns: list.ignoredColumns)
            return try body.personalJSON(context, status: result.created && !dryRun ? .created : .ok)
        }
        group.get("groups") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let query = try request.formQuery()
            let site = try await scope.site(for: staff, requested: query["site"])
            let date = try query["date"].map { try CalendarDate($0) } ?? CalendarDate(of: config.now(), in: site.zone)
            let groups = try await store.groups(siteID: site.rowID, date: date)
            return try GroupListResponse(site: site.code, date: date.value, groups: groups.map(GroupResponse.init)).personalJSON(context)
        }
        group.get("groups/{id}") { _, context -> Response in
            let staff = try context.require(.frontDesk)
            return try GroupResponse(try await store.group(id: try context.pathID(of: "group"), siteID: staff.siteID)).personalJSON(context)
        }
        group.post("groups/{id}/arrivals") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: ArrivalRequest.self, context: context)
            let arrival = try await store.arrive(
                groupID: try context.pathID(of: "group"), memberIDs: try Self.memberIDs(body), siteID: staff.siteID,
                contactPhone: try body.contactPhone.map { try PhoneNumber($0, field: "contactPhone") }, staffID: staff.staffID, now: config.now()
            )
            context.logger.info("group arrived", metadata: ["group.id": "\(arrival.group.group.rowID)", "arrived": "\(arrival.arrived.count)"])
            let arrivedNow = Set(arrival.arrived)
            let visitIDs = arrival.group.members.filter { arrivedNow.contains($0.record.rowID) }.compactMap(\.record.visitId)
            let printJob = await autoPrint.badges(of: visitIDs, siteID: arrival.group.group.siteId, staff: staff, context: context)
            let response = ArrivalResponse(
                arrived: arrival.arrived, alreadyArrived: arrival.alreadyArrived, group: GroupResponse(arrival.group), printJob: printJob)
            return try response.personalJSON(context, status: arrival.arrived.isEmpty ? .ok : .created)
        }
        group.get("groups/{id}/badges.html") { _, context -> Response in
            let staff = try context.require(.frontDesk)
            let visits = try await store.arrivedVisits(groupID: try context.pathID(of: "group"), siteID: staff.siteID)
            let page = try BadgeSheet.html(visits.map(Badge.init), title: "Vaktbok")
            return Response.personalData(ByteBuffer(string: page), type: "text/html; charset=utf-8")
        }
    }

    /// The import's fields and list: a JSON body carries both (the list as text); otherwise the body is the list
    /// file (text or an Excel workbook, `sheet` naming its sheet) and the rest is in the query.
    private static func importInput(_ request: Request, context: AppRequestContext) async throws -> (GroupImportFields, ListTable) {
        if request.headers[.contentType]?.hasPrefix("application/json") == true {
            let fields = try await request.decodeJSON(as: GroupImportFields.self, context: context, limit: 2 * NameList.maxBytes)
            guard let list = fields.list else { throw APIError(.badRequest, "list is required", field: "list") }
            return (fields, try ListTable(text: Array(list.utf8), maxBytes: NameList.maxBytes))
        }
        let query = try request.formQuery()
        let table = try await request.listTable(maxBytes: NameList.maxBytes, sheet: query["sheet"])
        func required(_ name: String) throws -> String {
            guard let value = query[name] else { throw APIError(.badRequest, "\(name) is required", field: name) }
            return value
        }
        guard let hostID = Int64(try required("hostId")) else { throw APIError(.badRequest, "hostId must be a host number", field: "hostId") }
        let dryRun = try query.flag("dryRun")
        let fields = GroupImportFields(
            site: query["site"], date: try required("date"), school: try required("school"), hostId: hostID,
            contactPhone: query["contactPhone"], dryRun: dryRun, list: nil
        )
        return (fields, table)
    }

    /// The members an arrival names: nil for all; exactly one of `memberIds` and `all` must be given.
    private static func memberIDs(_ body: ArrivalRequest) throws -> [Int64]? {
        switch (body.memberIds, body.all) {
        case (nil, true?): return nil
        case let (ids?, nil) where !ids.isEmpty && ids.count <= NameList.maxRows: return ids
        case (_?, nil): throw APIError(.badRequest, "memberIds must list 1 to \(NameList.maxRows) members", field: "memberIds")
        default: throw APIError(.badRequest, "give either memberIds or \"all\": true", field: "memberIds")
        }
    }
}
