import Foundation
import Hummingbird
import VaktbokCore
import VaktbokNotify
import VaktbokPrint

/// Every store contract the HTTP application and its background services work through.
public typealias APIStore = SessionStore & SiteStore & VisitStore & GroupStore & ConsentStore & SubjectRequestStore
    & ReportStore & RollCallStore & HostReplyStore & InviteStore & PrintStore & ProvisioningStore & StaffStore & Outbox

/// Wires routes, middleware and services into the Vaktbok HTTP application; `serve` and the tests call it.
public func buildApplication(config: APIConfig, store: some APIStore) -> some ApplicationProtocol {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMappingMiddleware())
    if let kiosk = config.kioskDirectory.flatMap({ KioskFiles(folder: $0, logger: config.logger) }) {
        router.add(middleware: FileMiddleware(fileProvider: kiosk, cacheControl: revalidateAlways, searchForIndexHtml: true))
    }
    HealthRoutes(store: store, now: config.now, apiDescriptionFile: config.apiDescriptionFile).register(on: router)
    MetricsRoutes(store: store, now: config.now, token: config.metricsToken).register(on: router)
    let sessionCache = SessionCache(store: store)
    let sessions = SessionRoutes(store: store, cache: sessionCache, config: config)
    sessions.registerLogin(on: router)

    let authentication = BearerAuthMiddleware(sessions: sessionCache, now: config.now)
    let scope = SiteScope(store: store)
    let consents = ConsentRoutes(store: store, scope: scope, config: config)
    consents.registerWithdrawal(on: router, authentication: authentication)
    HostReplyRoutes(store: store, config: config).register(on: router)
    InvitationRoutes(store: store, config: config).register(on: router)
    ScimRoutes(store: store, config: config).register(on: router)
    let api = router.group("api/v1").add(middleware: authentication)
    sessions.registerLogout(on: api)
    let autoPrint = AutoPrint(store: store, now: config.now)
    VisitRoutes(store: store, scope: scope, config: config, autoPrint: autoPrint).register(on: api)
    PrintRoutes(store: store, scope: scope, config: config).register(on: api)
    BadgeRoutes(scope: scope).register(on: api)
    HostRoutes(store: store, scope: scope, config: config).register(on: api)
    HostDirectoryRoutes(store: store, scope: scope, config: config).register(on: api)
    SiteInfoRoutes(scope: scope).register(on: api)
    SiteAdminRoutes(store: store, scope: scope, config: config).register(on: api)
    StaffRoutes(store: store, sessions: sessionCache, scope: scope, config: config).register(on: api)
    OnSiteRoutes(store: store, scope: scope, config: config).register(on: api)
    ContactReportRoutes(store: store, scope: scope, config: config).register(on: api)
    RetentionStatusRoutes(store: store, config: config).register(on: api)
    GroupRoutes(store: store, scope: scope, config: config, autoPrint: autoPrint).register(on: api)
    RollCallRoutes(store: store, scope: scope, config: config).register(on: api)
    InviteRoutes(store: store, scope: scope, config: config, autoPrint: autoPrint).register(on: api)
    consents.register(on: api)
    SubjectRequestRoutes(store: store, scope: scope, config: config).register(on: api)

    let maintenance = AutoCheckoutService(
        store: store, interval: config.maintenanceInterval, now: config.now, logger: config.logger
    )
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "vaktbok"),
        services: [
            maintenance, deliveryService(config: config, outbox: store),
            PrintService(store: store, settings: config.printing, now: config.now, logger: config.logger),
        ],
        onServerRunning: { channel in await config.onListening(channel.localAddress?.port ?? config.port) },
        logger: config.logger
    )
}

/// The outbox delivery service over `outbox`, with the channels `config.notify` describes.
public func deliveryService(config: APIConfig, outbox: any Outbox) -> DeliveryService {
    DeliveryService(
        outbox: outbox, channels: config.notify.channels(now: config.now), policy: config.notify.retry,
        pollInterval: config.notify.pollInterval, now: config.now, logger: config.logger
    )
}

/// Kiosk files are small: the browser revalidates them each time, so an update shows at once.
private let revalidateAlways = CacheControl([.text, .application, .image].map { (MediaType(type: $0), [.noCache]) })
