import Foundation
import Hummingbird

/// Logs each request's method, path (never the query, which may hold search text), status and duration.
struct RequestLogMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        context.logger.info(
            "request",
            metadata: [
                "http.method": "\(request.method)",
                "http.path": "\(context.endpointPath ?? "unmatched")",
                "http.status": "\(response.status.code)",
                "duration.ms": "\(Int((elapsed / .milliseconds(1)).rounded()))",
            ])
        return response
    }
}
