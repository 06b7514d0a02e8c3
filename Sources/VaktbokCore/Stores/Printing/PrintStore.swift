import Foundation

/// Badge printers per site, the kiosk terminals that use them, and the queue of print jobs.
public protocol PrintStore: Sendable {
    /// The site's printers (every site's when nil), by name.
    func printers(siteID: Int64?) async throws -> [PrinterDetails]
    /// Printer `id` with its terminals, if it is at `siteID` (any site when nil).
    func printer(id: Int64, siteID: Int64?) async throws -> PrinterDetails
    /// Adds a printer to the site; a name already used there is a duplicate.
    func addPrinter(siteID: Int64, _ settings: PrinterSettings, actor: AuditActor, now: Date) async throws -> PrinterDetails
    /// Replaces printer `id`'s settings, if it is at `siteID` (any site when nil).
    func updatePrinter(id: Int64, siteID: Int64?, _ settings: PrinterSettings, actor: AuditActor, now: Date) async throws -> PrinterDetails
    /// Removes printer `id`; its unfinished jobs fail.
    func removePrinter(id: Int64, siteID: Int64?, actor: AuditActor, now: Date) async throws
    /// The printer that kiosk terminal `terminal` of the site prints to, if any.
    func printer(siteID: Int64, terminal: String) async throws -> PrinterRecord?
    /// Queues one job printing the badges of `visitIDs` (open visits at the printer's site) in that order; audited
    /// when an `actor` asked for it.
    func enqueuePrint(visitIDs: [Int64], printerID: Int64, actor: AuditActor?, now: Date) async throws -> PrintJobDetails
    /// Job `id`, if it is at `siteID` (any site when nil).
    func printJob(id: Int64, siteID: Int64?) async throws -> PrintJobDetails
    /// Cancels job `id` (at `siteID`, any when nil): one not yet sent at once, one the printer holds once the printer
    /// is told; a job that has ended is a conflict. Audited.
    func cancelPrintJob(id: Int64, siteID: Int64?, actor: AuditActor, now: Date) async throws -> PrintJobDetails
    /// Jobs to work on now, per printer its oldest due queued job and its oldest sent one whose end the printer has
    /// yet to report.
    func duePrintJobs(now: Date, limit: Int) async throws -> [PrintJobRecord]
    /// The printer and the badges' visits of job `id`, in print order (visits erased since are left out).
    func printWork(jobID: Int64) async throws -> (PrinterRecord?, [VisitDetails])
    /// Records the job's new state if it still has `status`; false when it changed meanwhile and nothing was written.
    func updatePrintJob(_ job: PrintJobRecord, ifStill status: PrintJobStatus) async throws -> Bool
}
