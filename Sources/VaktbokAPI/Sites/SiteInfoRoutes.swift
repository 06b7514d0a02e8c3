import Foundation
import Hummingbird
import VaktbokCore

/// `GET /api/v1/sites/{code}`: a site's code, name and time zone for any signed-in staff member who may work there,
/// so that a screen can check the code typed at sign-in and show the office's name. Nothing personal.
struct SiteInfoRoutes {
    let scope: SiteScope

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("sites/{code}") { request, context -> Response in
            let staff = try context.requireStaff()
            let site = try await scope.site(for: staff, requested: try context.parameters.require("code"))
            return try SiteInfoResponse(code: site.code, name: site.name, timeZone: site.timeZone).response(from: request, context: context)
        }
    }
}

/// A site as every role may see it.
struct SiteInfoResponse: ResponseCodable {
    let code: String
    let name: String
    let timeZone: String
}
