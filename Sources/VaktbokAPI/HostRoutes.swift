import Hummingbird
import VaktbokStore

/// Type-ahead host lookup for the kiosk: `GET /api/v1/hosts?q=kar[&site=OSL]`.
struct HostRoutes {
    let database: AppDatabase

    func register(on group: RouterGroup<AppRequestContext>) {
        let scope = SiteScope(database: database)
        group.get("hosts") { request, context -> [HostSummary] in
            let staff = try context.require(.frontDesk)
            let site = try await scope.site(for: staff, requested: request.uri.queryParameters["site"].map(String.init))
            let query = request.uri.queryParameters["q"].map(String.init) ?? ""
            guard query.count <= 100 else { throw APIError(.badRequest, "q must be at most 100 characters", field: "q") }
            return try await database.searchHosts(siteID: site.rowID, prefix: query, limit: 20)
                .map { HostSummary(id: $0.rowID, name: $0.name) }
        }
    }
}
