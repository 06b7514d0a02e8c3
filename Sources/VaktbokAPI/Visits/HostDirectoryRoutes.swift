import Foundation
import Hummingbird
import VaktbokCore

/// The host directory for the admin console (`Permission.directory`): every host of a site with contact details
/// (`GET /hosts/directory`), a host added (`POST /hosts`), changed (`PUT /hosts/{id}`) or deactivated
/// (`POST /hosts/{id}/deactivate`); hosts the identity provider manages are changed there (409 here).
struct HostDirectoryRoutes {
    let store: any SiteStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("hosts/directory") { request, context -> Response in
            let staff = try context.require(.directory)
            let site = try await scope.site(for: staff, requested: try request.formQuery()["site"])
            let hosts = try await store.hostDirectory(siteID: site.rowID).map(DirectoryHostResponse.init)
            return try HostDirectoryResponse(site: site.code, siteName: site.name, hosts: hosts).personalJSON(context)
        }
        group.post("hosts") { request, context -> Response in
            let staff = try context.require(.directory)
            let body = try await request.decodeJSON(as: HostDetailsRequest.self, context: context)
            let site = try await scope.site(for: staff, requested: body.site)
            let host = try await store.addHost(try body.details(), siteID: site.rowID, actor: staff.actor, now: config.now())
            context.logger.info("host added", metadata: ["host.id": "\(host.rowID)"])
            return try DirectoryHostResponse(DirectoryHost(host: host, provisioned: false)).personalJSON(context, status: .created)
        }
        group.put("hosts/{id}") { request, context -> Response in
            let staff = try context.require(.directory)
            let body = try await request.decodeJSON(as: HostDetailsRequest.self, context: context)
            let site = try await scope.site(for: staff, requested: body.site)
            let host = try await store.changeHost(
                id: try context.pathID(of: "host"), siteID: site.rowID, to: try body.details(), actor: staff.actor, now: config.now())
            return try DirectoryHostResponse(DirectoryHost(host: host, provisioned: false)).personalJSON(context)
        }
        group.post("hosts/{id}/deactivate") { request, context -> Response in
            let staff = try context.require(.directory)
            let site = try await scope.site(for: staff, requested: try request.formQuery()["site"])
            let host = try await store.deactivateHost(id: try context.pathID(of: "host"), siteID: site.rowID, actor: staff.actor, now: config.now())
            return try DirectoryHostResponse(DirectoryHost(host: host, provisioned: false)).personalJSON(context)
        }
    }
}

/// A host's details as the console sends them; `site` for admins not bound to one.
struct HostDetailsRequest: Codable {
    let site: String?
    let name: String
    let phone: String?
    let email: String?
    let employeeNumber: String?

    /// The details through their gates; an empty phone, e-mail or employee number is none.
    func details() throws -> HostDetails {
        let given = { (text: String?) in text.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }
        return HostDetails(
            name: try PersonName(name), phone: try given(phone).map { try PhoneNumber($0) }, email: try given(email).map { try EmailAddress($0) },
            employeeNumber: try given(employeeNumber).map { try Label($0, field: "employeeNumber") })
    }
}

/// One host of the directory with its contact details; a host who has left shows none (they are kept only until the
/// purge, for the visits that name them).
struct DirectoryHostResponse: Codable {
    let id: Int64
    let name: String
    let phone: String?
    let email: String?
    let employeeNumber: String?
    let active: Bool
    /// Managed by the identity provider (SCIM): changed there, not in the console.
    let provisioned: Bool

    init(_ entry: DirectoryHost) {
        let host = entry.host
        (id, name, active, provisioned) = (host.rowID, host.name, host.active, entry.provisioned)
        (phone, email) = host.active ? (host.phone, host.email) : (nil, nil)
        employeeNumber = host.employeeNumber
    }
}

/// A site's host directory.
struct HostDirectoryResponse: Codable {
    let site: String
    let siteName: String
    let hosts: [DirectoryHostResponse]
}
