import Foundation
import Hummingbird
import VaktbokCore

/// The evacuation list, `GET /api/v1/sites/{code}/onsite`, as JSON, CSV or printable HTML.
struct OnSiteRoutes {
    let store: any VisitStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("sites/{code}/onsite") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let site = try await scope.site(for: staff, requested: try context.parameters.require("code"))
            let visits = try await store.onSite(siteID: site.rowID)
            let list = OnSiteList(site: site, visits: visits, generatedAt: config.now())
            switch try ResponseFormat.negotiate(request) {
            case .json: return try list.json.response(from: request, context: context)
            case .csv: return list.csvResponse(separator: try ResponseFormat.separator(request))
            case .html: return list.htmlResponse()
            }
        }
    }
}
