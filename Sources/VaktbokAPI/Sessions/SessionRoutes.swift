import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import VaktbokCore

/// Staff sign-in (`POST /api/v1/session`) with throttling, and sign-out (`DELETE`).
struct SessionRoutes {
    let store: any SessionStore & SiteStore
    /// The sessions signed-in requests are checked against; a sign-out is forgotten there at once.
    let cache: SessionCache
    let config: APIConfig
    /// Verified against when the username is unknown, at the same cost, so that both cases take as long.
    private let decoyHash: String

    init(store: any SessionStore & SiteStore, cache: SessionCache, config: APIConfig) {
        self.store = store
        self.cache = cache
        self.config = config
        decoyHash = Bcrypt.hash(Base64URL.randomToken(byteCount: 16), cost: config.bcryptCost)
    }

    func registerLogin(on router: Router<AppRequestContext>) {
        router.post("api/v1/session") { request, context in try await login(request, context) }
    }

    func registerLogout(on group: RouterGroup<AppRequestContext>) {
        group.delete("session") { _, context in
            _ = try await cache.revoke(token: try context.requireStaff().token, now: config.now())
            return Response(status: .noContent)
        }
    }

    private func login(_ request: Request, _ context: AppRequestContext) async throws -> EditedResponse<LoginResponse> {
        let body = try await request.decodeJSON(as: LoginRequest.self, context: context)
        let username = try Username(body.username)
        let password = try Password(signIn: body.password)
        let terminal = try body.terminal.map { try Label($0, field: "terminal") }
        let now = config.now()
        let client = ClientAddress.of(request, context: context, trustedProxies: config.trustedProxies)
        let attempt: LoginAttempt
        switch try await store.beginLogin(username: username.value, client: client, policy: config.loginThrottle, now: now) {
        case let .success(counted): attempt = counted
        case let .failure(lock):
            context.logger.notice("sign-in refused: throttled")
            var error = APIError(.tooManyRequests, "too many failed sign-ins; try again later")
            error.headers[.retryAfter] = "\(max(1, Int(lock.until.timeIntervalSince(now).rounded(.up))))"
            throw error
        }
        let staff = try await store.staff(username: username.value)
        let hash = staff?.passwordHash ?? decoyHash
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password.value, hash: hash) }
        guard let staff, matches else {
            context.logger.notice("sign-in failed")
            throw APIError(.unauthorized, "wrong username or password")
        }
        try await store.loginSucceeded(attempt)
        let token = Base64URL.randomToken(byteCount: 32)
        let session = try await store.createSession(
            staffID: staff.rowID, token: token, now: now, lifetime: config.sessionLifetime, terminal: terminal
        )
        var site: String?
        if let siteID = staff.siteId { site = try await store.site(id: siteID).code }
        context.logger.info("signed in", metadata: ["staff.id": "\(staff.rowID)"])
        return EditedResponse(
            status: .created,
            response: LoginResponse(token: token, role: staff.role, expiresAt: session.expiresAt, site: site)
        )
    }
}
