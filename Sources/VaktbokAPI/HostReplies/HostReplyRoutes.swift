import Foundation
import Hummingbird
import VaktbokCore

/// The host's reply page's routes, outside the signed-in group: the signed token from the host's SMS or e-mail (an
/// arrival or a reminder link) is the only credential, names one visit, and stops working at the end of the visit's
/// day or when the visit ends.
/// Tokens travel in bodies, never in URLs, so no log or proxy sees them.
struct HostReplyRoutes {
    let store: any HostReplyStore
    let config: APIConfig

    func register(on router: Router<AppRequestContext>) {
        router.post("api/v1/host-replies/view") { request, context -> HostReplyResponse in
            let body = try await request.decodeJSON(as: HostReplyViewRequest.self, context: context)
            return HostReplyResponse(try await store.hostReplyView(token: try Self.checked(body.token), now: config.now()))
        }
        router.post("api/v1/host-replies") { request, context -> HostReplyResponse in
            let body = try await request.decodeJSON(as: HostReplyRequest.self, context: context)
            guard let answer = HostAnswer(rawValue: body.answer) else {
                throw APIError(.badRequest, "answer must be coming, soon, cannot, left or staying", field: "answer")
            }
            let view = try await store.recordHostReply(token: try Self.checked(body.token), answer: answer, now: config.now())
            context.logger.info("host replied", metadata: ["answer": "\(answer.rawValue)"])
            return HostReplyResponse(view)
        }
    }

    /// `token` if it has a host link token's shape (44 URL-safe base64 characters); a 400 otherwise.
    private static func checked(_ token: String) throws -> String {
        guard token.count == 44, token.allSatisfy(Base64URL.isAlphabetCharacter) else {
            throw APIError(.badRequest, "token is not a reply link's token", field: "token")
        }
        return token
    }
}
