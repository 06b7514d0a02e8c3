import Foundation
import Hummingbird
import VaktbokCore

/// Resolves `Authorization: Bearer <token>` to a staff member, or answers 401.
struct BearerAuthMiddleware: RouterMiddleware {
    let sessions: SessionCache
    let now: @Sendable () -> Date

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        try await authenticate(request, into: &context)
        return try await next(request, context)
    }

    /// Sets `context.staff` from the request's bearer token; 401 when there is none or it is no longer valid.
    func authenticate(_ request: Request, into context: inout AppRequestContext) async throws {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError(.unauthorized, "an Authorization: Bearer token is required")
        }
        let token = String(header.dropFirst("Bearer ".count))
        guard let (session, staff) = try await sessions.authenticate(token: token, now: now()) else {
            throw APIError(.unauthorized, "the session has expired or was signed out")
        }
        context.staff = StaffIdentity(
            staffID: staff.rowID, role: staff.role, siteID: staff.siteId, token: token, terminal: session.terminal)
        context.logger[metadataKey: "staff.id"] = "\(staff.rowID)"
    }
}
