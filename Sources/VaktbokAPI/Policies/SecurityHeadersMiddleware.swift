import Crypto
import Foundation
import Hummingbird
import VaktbokBadge
import VaktbokCore

/// Headers every answer carries, errors included (error mapping runs inside this): scripts and styles from this
/// server only (plus the printable pages' inline styles, by hash), no framing, no sniffing, no referrer; and
/// `Cache-Control: no-store` on every API answer, which may hold personal data, and on anything else that set no
/// caching of its own (only the kiosk's static files do).
struct SecurityHeadersMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        if request.uri.path.hasPrefix("/api/") || response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// The printable pages' inline styles as CSP sources; the kiosk opens those pages as blobs, which inherit this policy.
    private static let printStyles = [PrintStyles.landscapeTable, PrintStyles.portraitTable, BadgeSheet.style]
        .map { "'sha256-\(Data(SHA256.hash(data: Data($0.utf8))).base64EncodedString())'" }.joined(separator: " ")

    /// Own scripts only; images also as blob: and data: URLs (badges, the sheet's QR codes); frames only for the kiosk's
    /// printouts, which it prints from a hidden frame of its own so that no window is left without a way back.
    static let policy =
        "default-src 'self'; img-src 'self' blob: data:; style-src 'self' \(printStyles); script-src 'self'; frame-src blob:; "
        + "frame-ancestors 'none'"
    private static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
}
