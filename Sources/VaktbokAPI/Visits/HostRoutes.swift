import Hummingbird
import VaktbokCore

/// Type-ahead host lookup for the kiosk: `GET /api/v1/hosts?q=kar[&site=OSL]`.
struct HostRoutes {
    let store: any SiteStore
    let scope: SiteScope

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("hosts") { request, context -> [HostSummary] in
            let staff = try context.require(.frontDesk)
            let form = try request.formQuery()
            let site = try await scope.site(for: staff, requested: form["site"])
            let query = try SearchText(form["q"] ?? "")
            return try await store.searchHosts(siteID: site.rowID, prefix: query.value, limit: 20)
                .map { HostSummary(id: $0.rowID, name: $0.name) }
        }
    }
}
