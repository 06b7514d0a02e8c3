import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import VaktbokCore

/// Staff logins for the admin console (`Permission.staff`): listed (`GET /staff`), added (`POST /staff`), given a
/// role and site (`PUT /staff/{id}`), a new password (`POST /staff/{id}/password`, which signs them out everywhere) or
/// removed (`DELETE /staff/{id}`). An admin bound to a site manages that site's logins only; nobody changes or
/// removes their own login here, so an office always keeps the admin who is signed in.
struct StaffRoutes {
    let store: any StaffStore
    /// Forgotten after every change, so that a new password, role or site, or a removal, ends sessions at once.
    let sessions: SessionCache
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("staff") { _, context -> [StaffLoginResponse] in
            let staff = try context.require(.staff)
            return try await store.staffList(actor: staff.actor).map { StaffLoginResponse($0.staff, site: $0.site) }
        }
        group.post("staff") { request, context -> EditedResponse<StaffLoginResponse> in
            let staff = try context.require(.staff)
            let body = try await request.decodeJSON(as: NewStaffRequest.self, context: context)
            let username = try Username(body.username)
            let role = try StaffRoleRequest.role(body.role)
            let site = try await siteCode(body.site, for: staff)
            let hash = try await hashed(try Password(choosing: body.password))
            let added = try await store.addStaff(
                username: username.value, passwordHash: hash, role: role, siteCode: site, actor: staff.actor, now: config.now())
            context.logger.info("staff login added", metadata: ["staff.id": "\(added.rowID)"])
            return EditedResponse(status: .created, response: StaffLoginResponse(added, site: site?.value))
        }
        group.put("staff/{id}") { request, context -> StaffLoginResponse in
            let staff = try context.require(.staff)
            let id = try notOwn(try context.pathID(of: "staff login"), staff)
            let body = try await request.decodeJSON(as: StaffRoleRequest.self, context: context)
            let site = try await siteCode(body.site, for: staff)
            let changed = try await store.changeStaff(
                id: id, role: try StaffRoleRequest.role(body.role), siteCode: site, actor: staff.actor, now: config.now())
            sessions.forgetAll()
            return StaffLoginResponse(changed, site: site?.value)
        }
        group.post("staff/{id}/password") { request, context -> Response in
            let staff = try context.require(.staff)
            let id = try notOwn(try context.pathID(of: "staff login"), staff)
            let body = try await request.decodeJSON(as: PasswordResetRequest.self, context: context)
            let hash = try await hashed(try Password(choosing: body.password))
            _ = try await store.setPassword(id: id, passwordHash: hash, actor: staff.actor, now: config.now())
            sessions.forgetAll()
            context.logger.info("staff password reset", metadata: ["staff.id": "\(id)"])
            return Response(status: .noContent)
        }
        group.delete("staff/{id}") { _, context -> Response in
            let staff = try context.require(.staff)
            let id = try notOwn(try context.pathID(of: "staff login"), staff)
            try await store.removeStaff(id: id, actor: staff.actor, now: config.now())
            sessions.forgetAll()
            context.logger.info("staff login removed", metadata: ["staff.id": "\(id)"])
            return Response(status: .noContent)
        }
    }

    /// The site a login is to be bound to, checked as every route checks a named site (403 for another site than a
    /// bound admin's own, 404 for none such); none given is none (a bound admin's login then needs one: 400).
    private func siteCode(_ raw: String?, for staff: StaffIdentity) async throws -> SiteCode? {
        guard let raw else { return nil }
        return try SiteCode(try await scope.site(for: staff, requested: raw).code)
    }

    /// `id`, unless it is the caller's own login (409: signed in, they would lock themselves out).
    private func notOwn(_ id: Int64, _ staff: StaffIdentity) throws -> Int64 {
        guard id != staff.staffID else { throw APIError(.conflict, "your own login is changed by another admin or with the CLI") }
        return id
    }

    /// The bcrypt hash of `password`, computed off the event loop.
    private func hashed(_ password: Password) async throws -> String {
        let cost = config.bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password.value, cost: cost) }
    }
}

/// `POST /api/v1/staff` body; the password is never logged or stored as given.
struct NewStaffRequest: Decodable {
    let username: String
    let password: String
    let role: String
    let site: String?
}

/// `PUT /api/v1/staff/{id}` body: the role and the site the login is bound to (none: all sites).
struct StaffRoleRequest: Decodable {
    let role: String
    let site: String?

    /// The role named `raw`, or 400 naming the roles there are.
    static func role(_ raw: String) throws -> Role {
        guard let role = Role(rawValue: raw) else {
            throw APIError(.badRequest, "role must be one of " + Role.allCases.map(\.rawValue).joined(separator: ", "), field: "role")
        }
        return role
    }
}

/// `POST /api/v1/staff/{id}/password` body.
struct PasswordResetRequest: Decodable {
    let password: String
}

/// A staff login as the console lists it: never its password or hash.
struct StaffLoginResponse: ResponseCodable {
    let id: Int64
    let username: String
    let role: Role
    let site: String?
    let createdAt: Date

    init(_ staff: StaffRecord, site: String?) {
        (id, username, role, self.site, createdAt) = (staff.rowID, staff.username, staff.role, site, staff.createdAt)
    }
}
