import Hummingbird

/// Headers every answer carries: scripts and styles from this server only, no framing, no sniffing, no referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        return response
    }

    private static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
}
