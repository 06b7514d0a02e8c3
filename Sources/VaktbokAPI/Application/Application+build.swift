import Foundation
import Hummingbird
import VaktbokNotify
import VaktbokStore

/// Wires routes, middleware and services into the Vaktbok HTTP application; `serve` and the tests call it.
public func buildApplication(config: APIConfig, database: AppDatabase) -> some ApplicationProtocol {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMappingMiddleware())
    if let kiosk = config.kioskDirectory.flatMap({ KioskFiles(folder: $0, logger: config.logger) }) {
        router.add(middleware: FileMiddleware(fileProvider: kiosk, cacheControl: revalidateAlways, searchForIndexHtml: true))
    }
    HealthRoutes(database: database).register(on: router)
    MetricsRoutes(database: database, now: config.now).register(on: router)
    let sessions = SessionRoutes(database: database, config: config)
    sessions.registerLogin(on: router)

    let authentication = BearerAuthMiddleware(database: database, now: config.now)
    let consents = ConsentRoutes(database: database, config: config)
    consents.registerWithdrawal(on: router, authentication: authentication)
    let api = router.group("api/v1").add(middleware: authentication)
    sessions.registerLogout(on: api)
    VisitRoutes(database: database, config: config).register(on: api)
    BadgeRoutes(database: database).register(on: api)
    HostRoutes(database: database).register(on: api)
    OnSiteRoutes(database: database, config: config).register(on: api)
    ContactReportRoutes(database: database, config: config).register(on: api)
    GroupRoutes(database: database, config: config).register(on: api)
    consents.register(on: api)
    SubjectRequestRoutes(database: database, config: config).register(on: api)

    let maintenance = AutoCheckoutService(
        database: database, interval: config.maintenanceInterval, now: config.now, logger: config.logger
    )
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "vaktbok"),
        services: [maintenance, deliveryService(config: config, database: database)],
        onServerRunning: { channel in await config.onListening(channel.localAddress?.port ?? config.port) },
        logger: config.logger
    )
}

/// The outbox delivery service over `database`, with the channels `config.notify` describes.
public func deliveryService(config: APIConfig, database: AppDatabase) -> DeliveryService {
    DeliveryService(
        outbox: database, channels: config.notify.channels(now: config.now), policy: config.notify.retry,
        pollInterval: config.notify.pollInterval, now: config.now, logger: config.logger
    )
}

extension AppDatabase: Outbox {}

/// Kiosk files are small: the browser revalidates them each time, so an update shows at once.
private let revalidateAlways = CacheControl([.text, .application, .image].map { (MediaType(type: $0), [.noCache]) })
