import Crypto
import Foundation
import Hummingbird
import VaktbokBadge

/// Headers every answer carries: scripts and styles from this server only (plus the badge sheet's one inline
/// style, by hash), no framing, no sniffing, no referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        return response
    }

    /// The badge sheet's inline style as a CSP source: the kiosk opens the sheet as a blob, which inherits this policy.
    private static let badgeSheetStyle = "'sha256-\(Data(SHA256.hash(data: Data(BadgeSheet.style.utf8))).base64EncodedString())'"

    /// Own scripts only; images also as blob: and data: URLs (badges, the sheet's QR codes).
    static let policy = "default-src 'self'; img-src 'self' blob: data:; style-src 'self' \(badgeSheetStyle); script-src 'self'; "
        + "frame-ancestors 'none'"
    private static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
}
