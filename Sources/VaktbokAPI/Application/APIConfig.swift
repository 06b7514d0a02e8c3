import Foundation
import Logging
import VaktbokCore
import VaktbokNotify
import VaktbokPrint

/// Everything `buildApplication` needs besides the database; the CLI fills it, tests build it directly.
public struct APIConfig: Sendable {
    /// Address to listen on.
    public var hostname = "127.0.0.1"
    /// Port to listen on; 0 picks a free one.
    public var port = 8080
    /// The current time; tests substitute a controllable clock.
    public var now: @Sendable () -> Date = { Date() }
    /// bcrypt cost for new password hashes (4–31); lower only in tests.
    public var bcryptCost: UInt8 = 11
    /// How long a login session lasts.
    public var sessionLifetime: TimeInterval = 12 * 3600
    /// How many failed sign-ins lock a username, a client, or both (see SECURITY.md).
    public var loginThrottle = LoginThrottlePolicy()
    /// Reverse proxies (IP addresses) whose `X-Forwarded-For` names the client; from anyone else it is ignored.
    public var trustedProxies: Set<String> = []
    /// How often the maintenance service checks out visits left open from earlier days.
    public var maintenanceInterval: Duration = .seconds(60)
    /// SMS gateway, sendmail command and delivery timing for the outbox.
    public var notify = NotifyConfig()
    /// The CUPS server and the timing of the badge print queue.
    public var printing = PrintSettings()
    /// When set, `GET /metrics` answers only a request bearing this token (`Authorization: Bearer …`).
    public var metricsToken: String?
    /// The address the service is reached at from outside (`--public-url`), for the locations SCIM answers carry;
    /// nil gives locations relative to the server.
    public var publicURL: String?
    /// The folder of the reception terminal's static files, served at `/`; nil serves none.
    public var kioskDirectory: String?
    /// The API description served at `/openapi.yaml`: by default the checkout's, which the CLI replaces with the
    /// installed copy; a file that cannot be read gives 404.
    public var apiDescriptionFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("openapi.yaml").path
    /// The logger for the server and every request.
    public var logger = Logger(label: "vaktbok")
    /// Called with the bound port once the server listens.
    public var onListening: @Sendable (Int) async -> Void = { _ in }

    /// The defaults, for production.
    public init() {}
}
