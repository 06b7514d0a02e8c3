import Foundation
import Logging
import ServiceLifecycle
import VaktbokCore
import VaktbokNotify

/// Checks out visits left open from an earlier local day of their site, at start-up and then periodically.
struct AutoCheckoutService: Service {
    let store: any VisitStore
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    func run() async {
        await PeriodicLoop(failure: "automatic check-out failed", interval: interval, logger: logger).run {
            let closed = try await store.checkOutStaleVisits(now: now())
            if closed > 0 { logger.info("automatic check-out", metadata: ["visits": "\(closed)"]) }
        }
    }
}
