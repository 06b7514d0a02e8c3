import Foundation
import Hummingbird
import VaktbokCore

/// SCIM 2.0 provisioning of hosts (`/scim/v2`, RFC 7643/7644): the company's identity provider (Entra ID, Okta, …)
/// creates, reads, lists, replaces, patches and deletes the hosts of the one site its token belongs to.
struct ScimRoutes {
    let store: any ProvisioningStore
    let config: APIConfig

    func register(on router: Router<AppRequestContext>) {
        let scim = router.group("scim/v2").add(middleware: ScimGate(store: store))
        let base = (config.publicURL ?? "") + "/scim/v2"
        registerDiscovery(on: scim, base: base)
        scim.get("Users") { request, context -> Response in
            let siteID = try context.requireProvisioningSite()
            let query = try request.formQuery()
            let listing = try ScimListing(query)
            let (total, users) = try await store.provisionedUsers(
                siteID: siteID, filter: listing.filter, offset: listing.startIndex - 1, limit: listing.count)
            let resources = users.map { ScimListing.projected(ScimUserJSON.resource($0, base: base), query) }
            return try ScimJSON.response(listing.response(resources, total: total))
        }
        scim.post("Users") { request, context -> Response in
            let siteID = try context.requireProvisioningSite()
            let record = try await store.provision(
                try ScimUserJSON.user(from: try await ScimJSON.body(of: request)), siteID: siteID, now: config.now())
            context.logger.info("host provisioned", metadata: ["host.id": "\(record.hostID)"])
            let resource = ScimUserJSON.resource(record, base: base)
            return try ScimJSON.response(resource, status: .created, headers: [.location: "\(base)/Users/\(record.hostID)"])
        }
        scim.get("Users/{id}") { request, context -> Response in
            let record = try await store.provisionedUser(hostID: try Self.userID(context), siteID: try context.requireProvisioningSite())
            return try ScimJSON.response(ScimListing.projected(ScimUserJSON.resource(record, base: base), try request.formQuery()))
        }
        scim.put("Users/{id}") { request, context -> Response in
            let user = try ScimUserJSON.user(from: try await ScimJSON.body(of: request))
            let record = try await store.replaceProvisioned(
                hostID: try Self.userID(context), siteID: try context.requireProvisioningSite(), with: user, now: config.now())
            return try ScimJSON.response(ScimUserJSON.resource(record, base: base))
        }
        scim.patch("Users/{id}") { request, context -> Response in
            let (hostID, siteID) = (try Self.userID(context), try context.requireProvisioningSite())
            let body = try await ScimJSON.bodyData(of: request)
            _ = try ScimJSON.object(from: body)
            let record = try await store.patchProvisioned(hostID: hostID, siteID: siteID, now: config.now()) { current in
                let resource = ScimJSON.folded(ScimUserJSON.resource(current, base: base)) as? [String: Any] ?? [:]
                return try ScimUserJSON.user(from: try ScimPatch.apply(try ScimJSON.object(from: body), to: resource))
            }
            return try ScimJSON.response(ScimUserJSON.resource(record, base: base))
        }
        scim.delete("Users/{id}") { _, context -> Response in
            try await store.deprovision(hostID: try Self.userID(context), siteID: try context.requireProvisioningSite(), now: config.now())
            return Response(status: .noContent)
        }
        for path in [".search", "Users/.search"] {
            scim.post(RouterPath(path)) { _, _ -> Response in
                throw ScimError(.notImplemented, nil, "searching with POST is not supported; use GET /Users?filter=")
            }
        }
        for method in [HTTPRequest.Method.put, .patch, .delete] {
            scim.on("Users", method: method) { _, _ -> Response in throw ScimError(.methodNotAllowed, nil, "name one user: /Users/{id}") }
        }
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            scim.on("**", method: method) { _, _ -> Response in throw ScimError(.notFound, nil, "no such resource; this server has /Users") }
        }
    }

    /// `/ServiceProviderConfig`, `/ResourceTypes` and `/Schemas`, read-only: other methods answer 405.
    private func registerDiscovery(on scim: RouterGroup<AppRequestContext>, base: String) {
        scim.get("ServiceProviderConfig") { _, _ in try ScimJSON.response(ScimDiscovery.serviceProviderConfig(base: base)) }
        scim.get("ResourceTypes") { _, _ in try ScimJSON.response(ScimDiscovery.list([ScimDiscovery.userResourceType(base: base)])) }
        scim.get("ResourceTypes/{id}") { _, context in
            try ScimJSON.response(try ScimDiscovery.one(of: [ScimDiscovery.userResourceType(base: base)], id: context.parameters.get("id")))
        }
        scim.get("Schemas") { _, _ in try ScimJSON.response(ScimDiscovery.list(ScimDiscovery.schemas(base: base))) }
        scim.get("Schemas/{id}") { _, context in
            try ScimJSON.response(try ScimDiscovery.one(of: ScimDiscovery.schemas(base: base), id: context.parameters.get("id")))
        }
        for path in ["ServiceProviderConfig", "ResourceTypes", "ResourceTypes/{id}", "Schemas", "Schemas/{id}"] {
            for method in [HTTPRequest.Method.post, .put, .patch, .delete] {
                scim.on(RouterPath(path), method: method) { _, _ -> Response in
                    throw ScimError(.methodNotAllowed, nil, "the discovery endpoints are read-only")
                }
            }
        }
    }

    /// The user id in the path: a host id; 404 for anything else.
    private static func userID(_ context: AppRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw ScimError(.notFound, nil, "no such user") }
        return id
    }
}
