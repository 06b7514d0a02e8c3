import Foundation
import Logging
import ServiceLifecycle
import VaktbokBadge
import VaktbokCore
import VaktbokNotify

/// Works the print queue: renders each due job's badges as a PDF of the printer's media, sends it by IPP, and follows
/// it until the printer reports it done. Jobs live in the database, so they survive a restart; a printer that cannot
/// be reached is tried again with backoff for an hour, and the desk sees that the job waits.
public struct PrintService: Service {
    let store: any PrintStore
    let settings: PrintSettings
    let client: IPPClient
    let now: @Sendable () -> Date
    let logger: Logger

    /// A service over `store`'s print queue.
    public init(store: any PrintStore, settings: PrintSettings, client: IPPClient = IPPClient(), now: @escaping @Sendable () -> Date, logger: Logger)
    {
        self.store = store
        self.settings = settings
        self.client = client
        self.now = now
        self.logger = logger
    }

    /// Works the queue every `settings.pollInterval` until graceful shutdown.
    public func run() async {
        await PeriodicLoop(failure: "print queue failed", interval: settings.pollInterval, logger: logger).run {
            _ = try await workDue()
        }
    }

    /// One pass over the due jobs, each printer's in order and the printers side by side, so that a printer that
    /// does not answer holds up no other; returns how many jobs it looked at.
    @discardableResult
    public func workDue() async throws -> Int {
        let jobs = try await store.duePrintJobs(now: now(), limit: 50)
        await withTaskGroup(of: Void.self) { group in
            for queue in Dictionary(grouping: jobs, by: { $0.printerId ?? 0 }).values { group.addTask { await work(queue) } }
        }
        return jobs.count
    }

    /// One printer's due jobs in order; once it could not be reached, the rest wait without another request. A job
    /// that fails to be read or stored is logged and left for the next pass; it never stops the other jobs.
    private func work(_ jobs: [PrintJobRecord]) async {
        var unreachable: String?
        for job in jobs where !Task.isShuttingDownGracefully {
            do {
                let (printer, visits) = try await store.printWork(jobID: job.rowID)
                var updated = job
                if printer == nil {
                    updated.fail("the printer was removed", at: now())
                } else if let unreachable {
                    if job.status == .queued { updated.attempts += 1 }
                    job.status == .queued ? wait(&updated, unreachable) : updated.stall(unreachable)
                    updated.nextAttemptAt = max(updated.nextAttemptAt, now().addingTimeInterval(settings.followInterval))
                } else if let printer, !(await advance(&updated, printer: printer, visits: visits)) {
                    unreachable = updated.lastError
                }
                guard try await store.updatePrintJob(updated, ifStill: job.status) else {
                    // Cancelled at the desk (or its printer removed) while the printer was taking it: take it back.
                    if let endpoint = printer.flatMap(endpoint), let printerJobID = updated.printerJobId, job.status == .queued,
                        updated.status == .sent
                    {
                        _ = await cancel(printerJobID: printerJobID, at: endpoint)
                    }
                    continue
                }
                if updated.status != job.status {
                    logger.info("print job \(updated.status.rawValue)", metadata: ["printJob.id": "\(job.rowID)", "badges": "\(visits.count)"])
                }
            } catch {
                logger.error("print job could not be worked on", metadata: ["printJob.id": "\(job.rowID)", "error.type": "\(type(of: error))"])
            }
        }
    }

    /// Where IPP requests for a printer go: the printer URI they name and the HTTP address they are posted to.
    private struct Endpoint {
        let printerURI: String
        let url: String
    }

    /// The endpoint of `printer`, or nil when its stored address is not valid.
    private func endpoint(of printer: PrinterRecord) -> Endpoint? {
        guard let target = try? PrinterTarget(stored: printer.target) else { return nil }
        return Endpoint(printerURI: target.printerURI(cupsServer: settings.cupsServer), url: target.httpURL(cupsServer: settings.cupsServer))
    }

    /// Sends a queued job, or asks the printer how a sent one is doing; false when the printer could not be reached.
    private func advance(_ job: inout PrintJobRecord, printer: PrinterRecord, visits: [VisitDetails]) async -> Bool {
        guard let endpoint = endpoint(of: printer) else {
            job.fail("the printer's address is not valid", at: now())
            return true
        }
        guard job.status != .queued else { return await send(&job, visits: visits, printer: printer, to: endpoint) }
        guard let printerJobID = job.printerJobId else { return true }
        if visits.isEmpty {
            // The visitors were erased while the printer held their badges: the job is taken back from its spool.
            (job.status, job.lastError) = (.cancelling, "the visits were erased")
        }
        guard job.status == .cancelling else { return await follow(&job, printerJobID: printerJobID, at: endpoint) }
        if await cancel(printerJobID: printerJobID, at: endpoint) || now().timeIntervalSince(job.createdAt) > settings.giveUpAfter {
            (job.status, job.waiting, job.finishedAt) = (.cancelled, false, now())
            return true
        }
        job.waiting = true
        job.nextAttemptAt = now().addingTimeInterval(settings.longestRetryDelay)
        return false
    }

    private func send(_ job: inout PrintJobRecord, visits: [VisitDetails], printer: PrinterRecord, to endpoint: Endpoint) async -> Bool {
        guard !visits.isEmpty else {
            job.fail("nothing left to print: the visits are gone", at: now())
            return true
        }
        guard let document = try? BadgePDF(media: printer.media, dotsPerInch: printer.dotsPerInch).render(visits.map(Badge.init)) else {
            job.fail("the badge could not be drawn", at: now())
            return true
        }
        let request = IPPRequests.printJob(
            printerURI: endpoint.printerURI, jobName: "vaktbok-badge-\(job.rowID)", requestID: Int32(truncatingIfNeeded: job.rowID))
        job.attempts += 1
        switch await client.send(request, document: document, to: endpoint.url) {
        case let .answer(answer) where answer.code < 0x0100:
            guard let id = answer.integer("job-id", in: IPPMessage.jobGroup) else {
                job.fail("the printer sent no job id", at: now())
                return true
            }
            job.status = .sent
            job.printerJobId = id
            job.waiting = false
            job.lastError = nil
            job.nextAttemptAt = now().addingTimeInterval(settings.followInterval)
        case let .answer(answer) where answer.code >= 0x0500:
            wait(&job, "the printer is not taking jobs (IPP status 0x\(String(answer.code, radix: 16)))")
        case let .answer(answer):
            job.fail("the printer refused the job (IPP status 0x\(String(answer.code, radix: 16)))", at: now())
        case let .unreachable(reason):
            wait(&job, reason)
            return false
        }
        return true
    }

    private func follow(_ job: inout PrintJobRecord, printerJobID: Int, at endpoint: Endpoint) async -> Bool {
        let request = IPPRequests.jobState(printerURI: endpoint.printerURI, jobID: printerJobID, requestID: Int32(truncatingIfNeeded: job.rowID))
        let outcome = await client.send(request, to: endpoint.url)
        let age = now().timeIntervalSince(job.createdAt)
        job.nextAttemptAt = now().addingTimeInterval(settings.followInterval)
        switch outcome {
        case let .answer(answer) where answer.code == 0x0406:
            job.finish(at: now())  // CUPS forgets a finished job when it keeps no history: it has left the queue.
        case let .answer(answer):
            switch answer.integer("job-state", in: IPPMessage.jobGroup) ?? 0 {
            case 9: job.finish(at: now())
            case 7, 8: job.fail("the job was cancelled or aborted at the printer", at: now())
            case 4, 6: job.stall("the printer has stopped or holds the job")
            default: (job.waiting, job.lastError) = (false, nil)
            }
        case let .unreachable(reason):
            job.stall(reason)
        }
        if job.status == .sent, age > settings.giveUpAfter {
            job.fail("not printed within \(Int(settings.giveUpAfter / 60)) minutes", at: now())
            _ = await cancel(printerJobID: printerJobID, at: endpoint)
        }
        if case .unreachable = outcome { return false }
        return true
    }

    /// Cancel-Job at the printer, so that the badge leaves its spool; false when the printer could not be reached.
    private func cancel(printerJobID: Int, at endpoint: Endpoint) async -> Bool {
        let request = IPPRequests.cancel(printerURI: endpoint.printerURI, jobID: printerJobID, requestID: 1)
        if case .unreachable = await client.send(request, to: endpoint.url) { return false }
        return true
    }

    /// A queued job that could not be sent: try again later, or give up after `giveUpAfter`.
    private func wait(_ job: inout PrintJobRecord, _ reason: String) {
        guard now().timeIntervalSince(job.createdAt) < settings.giveUpAfter else {
            return job.fail("gave up: \(reason)", at: now())
        }
        job.stall(reason)
        job.nextAttemptAt = now().addingTimeInterval(min(settings.longestRetryDelay, pow(2, Double(min(job.attempts, 10)))))
    }
}

extension PrintJobRecord {
    fileprivate mutating func fail(_ reason: String, at now: Date) {
        status = .failed
        waiting = false
        lastError = reason
        finishedAt = now
    }

    fileprivate mutating func finish(at now: Date) {
        status = .printed
        waiting = false
        lastError = nil
        finishedAt = now
    }

    fileprivate mutating func stall(_ reason: String) {
        waiting = true
        lastError = reason
    }
}
