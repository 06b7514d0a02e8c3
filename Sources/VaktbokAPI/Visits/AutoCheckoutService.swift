import Foundation
import Logging
import ServiceLifecycle
import VaktbokNotify
import VaktbokStore

/// Checks out visits left open from an earlier local day of their site, at start-up and then periodically.
struct AutoCheckoutService: Service {
    let database: AppDatabase
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    func run() async {
        await PeriodicLoop(failure: "automatic check-out failed", interval: interval, logger: logger).run {
            let closed = try await database.checkOutStaleVisits(now: now())
            if closed > 0 { logger.info("automatic check-out", metadata: ["visits": "\(closed)"]) }
        }
    }
}
