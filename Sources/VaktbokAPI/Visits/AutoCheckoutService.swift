import Foundation
import Logging
import ServiceLifecycle
import VaktbokCore
import VaktbokNotify

/// Checks out visits left open past their site's closing time or local day, and reminds hosts of visitors still checked
/// in after the site's reminder hours, at start-up and then periodically.
struct AutoCheckoutService: Service {
    let store: any VisitStore & HostReplyStore
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    func run() async {
        await PeriodicLoop(failure: "automatic check-out failed", interval: interval, logger: logger).run {
            let closed = try await store.checkOutStaleVisits(now: now())
            if closed > 0 { logger.info("automatic check-out", metadata: ["visits": "\(closed)"]) }
            let reminded = try await store.remindHosts(now: now())
            if reminded > 0 { logger.info("hosts reminded", metadata: ["visits": "\(reminded)"]) }
        }
    }
}
