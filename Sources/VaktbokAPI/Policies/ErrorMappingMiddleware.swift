import Hummingbird

/// Turns every thrown error into a JSON error answer; unknown ones become a logged 500 without details.
struct ErrorMappingMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let mapped = APIError.from(error) {
                return try mapped.response(from: request, context: context)
            }
            context.logger.error("unhandled error", metadata: ["error.type": "\(type(of: error))"])
            return try APIError(.internalServerError, "internal error").response(from: request, context: context)
        }
    }
}
