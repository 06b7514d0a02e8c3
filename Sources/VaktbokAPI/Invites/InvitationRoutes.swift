import Foundation
import Hummingbird
import VaktbokBadge
import VaktbokCore

/// The visitor's invitation page's route, outside the signed-in group: the invitation's code (128 random bits, in the
/// link's fragment and the request body, never a URL path) is the only credential. It shows the visit and its QR
/// code until the visit's day is over, and nothing about the visitor themself.
struct InvitationRoutes {
    let store: any InviteStore
    let config: APIConfig

    func register(on router: Router<AppRequestContext>) {
        router.post("api/v1/invitations/view") { request, context -> Response in
            let body = try await request.decodeJSON(as: InvitationViewRequest.self, context: context)
            let code = try BadgeCode(body.code, field: "code")
            let details = try await store.invitation(code: code, now: config.now())
            let invite = details.invite
            let png = QRImage(matrix: try QRMatrix(encoding: code.value)).png(scale: 10)
            return try InvitationResponse(
                site: details.siteName, host: details.hostName, date: invite.visitDate, from: invite.window?.from.text,
                until: invite.window?.until.text, status: invite.arrivedAt == nil ? "expected" : "arrived",
                qrPng: Data(png).base64EncodedString(), timeZone: details.siteTimeZone
            ).personalJSON(context)
        }
    }
}
