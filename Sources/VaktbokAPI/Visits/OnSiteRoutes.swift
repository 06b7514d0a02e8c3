import Foundation
import Hummingbird
import VaktbokCore
import VaktbokStore

/// The evacuation list, `GET /api/v1/sites/{code}/onsite`, as JSON, CSV or printable HTML.
struct OnSiteRoutes {
    let database: AppDatabase
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        let scope = SiteScope(database: database)
        group.get("sites/{code}/onsite") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let site = try await scope.site(for: staff, requested: try context.parameters.require("code"))
            let visits = try await database.onSite(siteID: site.rowID)
            let list = OnSiteList(site: site, visits: visits, generatedAt: config.now())
            switch try ResponseFormat.negotiate(request) {
            case .json: return try list.json.response(from: request, context: context)
            case .csv: return list.csvResponse(separator: try ResponseFormat.separator(request))
            case .html: return list.htmlResponse()
            }
        }
    }
}
