import Hummingbird

/// Headers every answer carries: scripts and styles from this server only (unless a route sets a stricter policy), no framing, no sniffing, no referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.policy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        return response
    }

    /// The policy for every answer that does not set its own.
    private static let policy = "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
    private static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
}
