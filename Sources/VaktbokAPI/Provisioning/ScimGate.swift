import Foundation
import Hummingbird
import VaktbokCore

/// The door of `/scim/v2`: resolves the site's provisioning token (`Authorization: Bearer …`) to its site, or
/// answers 401; and answers every error of the routes behind it in SCIM's format.
struct ScimGate: RouterMiddleware {
    let store: any ProvisioningStore

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            var context = context
            guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer "),
                let siteID = try await store.provisioningSite(token: String(header.dropFirst("bearer ".count)))
            else {
                var denied = try ScimError(.unauthorized, nil, "a valid provisioning token is required (vaktbok site scim-token)")
                    .response(from: request, context: context)
                denied.headers[.wwwAuthenticate] = "Bearer"
                return denied
            }
            context.provisioningSiteID = siteID
            context.logger[metadataKey: "site.id"] = "\(siteID)"
            return try await next(request, context)
        } catch {
            guard let answer = ScimError.from(error) else {
                context.logger.error("unhandled error", metadata: ["error.type": "\(type(of: error))"])
                return try ScimError(.internalServerError, nil, "internal error").response(from: request, context: context)
            }
            return try answer.response(from: request, context: context)
        }
    }
}
