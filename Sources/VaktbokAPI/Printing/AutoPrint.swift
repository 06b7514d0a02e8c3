import Foundation
import Hummingbird
import VaktbokCore

/// Sends the badges of a check-in to the printer of the kiosk terminal that made it, if that terminal has one. A
/// badge that cannot be queued never fails the check-in: the desk then prints from the browser.
struct AutoPrint {
    let store: any PrintStore
    let now: @Sendable () -> Date

    /// Queues the badges of `visitIDs` (at site `siteID`) on the printer of `staff`'s terminal; nil when there is none.
    func badges(of visitIDs: [Int64], siteID: Int64, staff: StaffIdentity, context: AppRequestContext) async -> PrintJobResponse? {
        guard let terminal = staff.terminal, !visitIDs.isEmpty else { return nil }
        do {
            guard let printer = try await store.printer(siteID: siteID, terminal: terminal) else { return nil }
            let job = try await store.enqueuePrint(visitIDs: visitIDs, printerID: printer.rowID, actor: nil, now: now())
            context.logger.info("badges queued for printing", metadata: ["printJob.id": "\(job.job.rowID)", "badges": "\(job.badges)"])
            return PrintJobResponse(job, now: now())
        } catch {
            context.logger.warning("badges could not be queued for printing", metadata: ["error.type": "\(type(of: error))"])
            return nil
        }
    }
}
