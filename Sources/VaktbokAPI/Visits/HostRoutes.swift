import Foundation
import Hummingbird
import VaktbokCore

/// Type-ahead host lookup for the kiosk (`GET /api/v1/hosts?q=kar[&site=OSL]`), and the host directory's import from
/// an HR export (`POST /api/v1/hosts/import?site=OSL[&sheet=…][&deactivateMissing=true][&dryRun=true]`, the file as the body; admin).
struct HostRoutes {
    let store: any SiteStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("hosts") { request, context -> [HostSummary] in
            let staff = try context.require(.frontDesk)
            let form = try request.formQuery()
            let siteID = try await scope.siteID(for: staff, requested: form["site"])
            let query = try SearchText(form["q"] ?? "")
            return try await store.searchHosts(siteID: siteID, prefix: query.value, limit: 20)
                .map { HostSummary(id: $0.rowID, name: $0.name) }
        }
        group.post("hosts/import") { request, context -> Response in
            let staff = try context.require(.directory)
            let form = try request.formQuery()
            let site = try await scope.site(for: staff, requested: form["site"])
            let (deactivateMissing, dryRun) = (try form.flag("deactivateMissing") ?? false, try form.flag("dryRun") ?? false)
            let list = try HostList(table: try await request.listTable(maxBytes: HostList.maxBytes, sheet: form["sheet"]))
            let rows = try await store.importHosts(
                list, siteID: site.rowID, deactivateMissing: deactivateMissing, dryRun: dryRun, actor: staff.actor, now: config.now())
            context.logger.info("host directory imported", metadata: ["rows": "\(rows.count)", "dryRun": "\(dryRun)"])
            return try HostImportResponse(site: site.code, dryRun: dryRun, rows: rows, ignoredColumns: list.ignoredColumns).personalJSON(context)
        }
    }
}

/// A host directory import's result: every row's outcome, the counts, and the columns that were ignored.
struct HostImportResponse: Codable {
    /// One row (or one deactivated host) and what became of it.
    struct Row: Codable {
        let line: Int?
        let hostId: Int64?
        let name: String?
        let status: String
        let reason: String?
    }

    let site: String
    let dryRun: Bool
    let rows: [Row]
    let counts: [String: Int]
    let ignoredColumns: [String]

    init(site: String, dryRun: Bool, rows: [HostImportRow], ignoredColumns: [String]) {
        self.site = site
        self.dryRun = dryRun
        self.rows = rows.map { Row(line: $0.line, hostId: $0.hostID, name: $0.name, status: $0.status.rawValue, reason: $0.reason) }
        counts = Dictionary(
            uniqueKeysWithValues: HostImportRow.Status.allCases.map { status in (status.rawValue, rows.filter { $0.status == status }.count) })
        self.ignoredColumns = ignoredColumns
    }
}
