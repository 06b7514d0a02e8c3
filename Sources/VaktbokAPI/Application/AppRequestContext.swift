import Foundation
import Hummingbird
import NIOCore
import VaktbokCore

/// The per-request context: Hummingbird's core storage plus the authenticated staff member.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who made the request, once `BearerAuthMiddleware` has checked the token.
    public var staff: StaffIdentity?
    /// The site whose provisioning token a SCIM request bears, once `ScimGate` has checked it.
    public var provisioningSiteID: Int64?
    /// The peer's address (a reverse proxy's, when there is one).
    public let remoteAddress: SocketAddress?

    /// A context for a new request, not yet authenticated.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Request bodies above 64 KiB are refused with 413.
    public var maxUploadSize: Int { 64 * 1024 }

    /// JSON with ISO 8601 dates.
    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The site a SCIM request provisions, or 401.
    func requireProvisioningSite() throws -> Int64 {
        guard let provisioningSiteID else { throw ScimError(.unauthorized, nil, "a valid provisioning token is required") }
        return provisioningSiteID
    }

    /// The authenticated staff member, or 401.
    func requireStaff() throws -> StaffIdentity {
        guard let staff else { throw APIError(.unauthorized, "sign in first") }
        return staff
    }

    /// The authenticated staff member if their role holds `permission`; 401 or 403 otherwise.
    func require(_ permission: Permission) throws -> StaffIdentity {
        let staff = try requireStaff()
        guard staff.role.permits(permission) else {
            throw APIError(.forbidden, "your role may not do this")
        }
        return staff
    }
}
