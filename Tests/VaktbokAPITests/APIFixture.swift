import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Logging
import Synchronization
import VaktbokAPI
import VaktbokCore
import VaktbokNotify
import VaktbokStore
import VaktbokTestSupport

/// A temporary database with sites OSL and BGO, hosts, and one login per role; a clock tests move; captured logs.
struct APIFixture {
    static let password = "riktig hest batteri"
    let database: AppDatabase
    let clock = TestClock(try! Date("2026-11-22T09:00:00Z", strategy: .iso8601))
    let logs = LogCapture()
    let kari: HostRecord
    let inactiveHost: HostRecord
    let bergenHost: HostRecord

    init() async throws {
        database = try AppDatabase(
            path: TemporaryFolder.make("api").appendingPathComponent("api.sqlite").path, publicURL: "https://vaktbok.example.no"
        )
        let now = clock.now
        for (code, name) in [("OSL", "Oslo HQ"), ("BGO", "Bergen")] {
            _ = try await database.addSite(code: SiteCode(code), name: name, timeZone: TimeZoneName("Europe/Oslo"), now: now)
        }
        kari = try await database.addHost(
            siteCode: SiteCode("OSL"), name: PersonName("Kari Nordmann"), phone: PhoneNumber("+4790000001"),
            email: EmailAddress("kari@example.no"), now: now
        )
        _ = try await database.addHost(siteCode: SiteCode("OSL"), name: PersonName("Åse Bjørnstad-Ødegård"), phone: nil, email: nil, now: now)
        inactiveHost = try await database.addHost(siteCode: SiteCode("OSL"), name: PersonName("Ola Gammel"), phone: nil, email: nil, now: now)
        _ = try await database.deactivateHost(id: inactiveHost.rowID, actor: "test", now: now)
        bergenHost = try await database.addHost(siteCode: SiteCode("BGO"), name: PersonName("Per Ærø"), phone: nil, email: nil, now: now)
        let hash = Bcrypt.hash(Self.password, cost: 4)
        for (username, role, site) in [
            ("resepsjon", Role.reception, "OSL"), ("bergen", .reception, "BGO"), ("personvern", .privacy, nil), ("admin", .admin, nil),
            ("vern-osl", .privacy, "OSL"), ("vern-bgo", .privacy, "BGO"), ("admin-bgo", .admin, "BGO"), ("brannvakt", .firewarden, "OSL"),
            ("kalender", .integration, "OSL"), ("kalender-bgo", .integration, "BGO"),
        ] {
            _ = try await database.addStaff(username: username, passwordHash: hash, role: role, siteCode: try site.map { try SiteCode($0) }, now: now)
        }
    }

    /// Runs `body` against a fresh fixture's application, as `serve` builds it.
    static func test(_ body: @Sendable (APIFixture, any TestClientProtocol) async throws -> Void) async throws {
        let fixture = try await APIFixture()
        try await fixture.app().test(.router) { client in try await body(fixture, client) }
    }

    /// Runs `body` against a fresh fixture's application with a bearer token for `username`.
    static func test(
        signedInAs username: String, _ body: @Sendable (APIFixture, any TestClientProtocol, String) async throws -> Void
    ) async throws {
        try await test { fixture, client in try await body(fixture, client, try await client.login(username)) }
    }

    /// `body` with the placeholders `@kari`, `@bergen` and `@inactive` replaced by those hosts' ids.
    func resolvingHosts(_ body: [String: any Sendable]) -> [String: any Sendable] {
        let ids = ["@kari": kari.rowID, "@bergen": bergenHost.rowID, "@inactive": inactiveHost.rowID]
        return body.mapValues { value in (value as? String).flatMap { ids[$0] } ?? value }
    }

    /// Delivers the SMS due within the next hour to a gateway stand-in (a real local listener) and returns what it
    /// received; an hour ahead because the app's own delivery service may already have tried and postponed some.
    func deliveredSMS() async throws -> [GatewayStandIn.Received] {
        let gateway = GatewayStandIn()
        try await gateway.run { base in
            let service = DeliveryService(
                outbox: database, channels: [.sms: JSONSMSChannel(url: base + "/sms", token: "t", from: "Vaktbok")],
                now: { [clock] in clock.now.addingTimeInterval(3_600) }, logger: Logger(label: "test")
            )
            _ = try await service.deliverDue()
        }
        return gateway.received
    }

    /// The application as `serve` builds it, on this fixture's database, clock and log capture; `adjust` changes
    /// the configuration further.
    func app(_ adjust: (inout APIConfig) -> Void = { _ in }) -> some ApplicationProtocol {
        var config = APIConfig()
        config.bcryptCost = 4
        config.now = { [clock] in clock.now }
        config.logger = Logger(label: "test") { [logs] _ in CapturingLogHandler(capture: logs) }
        config.logger.logLevel = .trace
        adjust(&config)
        return buildApplication(config: config, store: database)
    }
}

/// Every log line, message and metadata, as text.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}

/// A swift-log handler writing into a `LogCapture`.
struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?,
        source: String, file: String, function: String, line: UInt
    ) {
        let all = metadata.merging(explicit ?? [:]) { $1 }
        capture.append("\(level) \(message) \(all)")
    }
}
