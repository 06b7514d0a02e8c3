import Foundation
import Hummingbird
import VaktbokStore

/// Resolves `Authorization: Bearer <token>` to a staff member, or answers 401.
struct BearerAuthMiddleware: RouterMiddleware {
    let database: AppDatabase
    let now: @Sendable () -> Date

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError(.unauthorized, "an Authorization: Bearer token is required")
        }
        let token = String(header.dropFirst("Bearer ".count))
        guard let (_, staff) = try await database.authenticate(token: token, now: now()) else {
            throw APIError(.unauthorized, "the session has expired or was signed out")
        }
        var context = context
        context.staff = StaffIdentity(staffID: staff.rowID, role: staff.role, siteID: staff.siteId, token: token)
        context.logger[metadataKey: "staff.id"] = "\(staff.rowID)"
        return try await next(request, context)
    }
}
