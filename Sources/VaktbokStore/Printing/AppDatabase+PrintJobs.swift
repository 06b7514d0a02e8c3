import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The most badges one job prints: a whole school group (as many as a name list holds).
    public static let maxBadgesPerJob = NameList.maxRows
    /// The most jobs a site may have waiting or printing at once: a printer that is off for long, or a flood of
    /// "print again", stops there instead of filling the queue.
    public static let maxOpenJobsPerSite = 50

    /// Queues one job for the badges of `visitIDs` on printer `printerID`: every visit must be at the printer's site
    /// and still open (a badge is for someone on site). With an `actor` (a "print again"), the job is audited.
    public func enqueuePrint(visitIDs: [Int64], printerID: Int64, actor: AuditActor?, now: Date) async throws -> PrintJobDetails {
        try await write { db in
            let printer = try Self.printerRecord(id: printerID, siteID: nil, in: db)
            guard (1...Self.maxBadgesPerJob).contains(visitIDs.count), Set(visitIDs).count == visitIDs.count else {
                throw ValidationError(field: "visitIds", reason: "must list 1 to \(Self.maxBadgesPerJob) different visits")
            }
            let known =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM visit WHERE site_id = ? AND checked_out_at IS NULL
                        AND id IN (\(databaseQuestionMarks(count: visitIDs.count)))
                        """,
                    arguments: StatementArguments([printer.siteId] + visitIDs)) ?? 0
            guard known == visitIDs.count else { throw StoreError.notFound(entity: "visit on site", field: "visitIds") }
            let open =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM print_job WHERE site_id = ? AND status IN ('queued', 'sent', 'cancelling')",
                    arguments: [printer.siteId]) ?? 0
            guard open < Self.maxOpenJobsPerSite else {
                throw StoreError.conflict("\(open) print jobs of this site are still waiting or printing; try again when the printer has caught up")
            }
            var job = PrintJobRecord(siteId: printer.siteId, printerId: printer.rowID, nextAttemptAt: now, createdAt: now)
            try job.insert(db)
            for (position, visitID) in visitIDs.enumerated() {
                try db.execute(
                    sql: "INSERT INTO print_job_visit (job_id, visit_id, position) VALUES (?, ?, ?)", arguments: [job.rowID, visitID, position])
            }
            if let actor {
                try Self.audit(
                    "badge-print", actor: actor, siteID: printer.siteId, details: ["printJob": .ids([job.rowID]), "badges": .number(visitIDs.count)],
                    at: now, in: db)
            }
            return PrintJobDetails(job: job, printerName: printer.name, badges: visitIDs.count)
        }
    }

    /// Job `id`, if it is at `siteID` (any site when nil).
    public func printJob(id: Int64, siteID: Int64?) async throws -> PrintJobDetails {
        try await read { db in try Self.printJobDetails(try Self.printJobRecord(id: id, siteID: siteID, in: db), in: db) }
    }

    /// Cancels job `id`: not yet sent, it ends now; held by the printer, the print service tells the printer first.
    public func cancelPrintJob(id: Int64, siteID: Int64?, actor: AuditActor, now: Date) async throws -> PrintJobDetails {
        try await write { db in
            var job = try Self.printJobRecord(id: id, siteID: siteID, in: db)
            guard !job.status.isFinal else { throw StoreError.conflict("the print job has ended (\(job.status.rawValue))") }
            if job.status == .queued {
                (job.status, job.finishedAt) = (.cancelled, now)
            } else if job.status == .sent {
                (job.status, job.nextAttemptAt) = (.cancelling, now)
            }
            (job.waiting, job.lastError) = (false, "cancelled at the desk")
            try job.update(db)
            try Self.audit("badge-print-cancel", actor: actor, siteID: job.siteId, details: ["printJob": .ids([id])], at: now, in: db)
            return try Self.printJobDetails(job, in: db)
        }
    }

    private static func printJobRecord(id: Int64, siteID: Int64?, in db: Database) throws -> PrintJobRecord {
        guard let job = try PrintJobRecord.fetchOne(db, key: id), siteID == nil || job.siteId == siteID else {
            throw StoreError.notFound(entity: "print job", field: nil)
        }
        return job
    }

    private static func printJobDetails(_ job: PrintJobRecord, in db: Database) throws -> PrintJobDetails {
        let name = try String.fetchOne(db, sql: "SELECT name FROM printer WHERE id = ?", arguments: [job.printerId])
        let badges = try Int.fetchOne(db, sql: "SELECT count(*) FROM print_job_visit WHERE job_id = ?", arguments: [job.rowID]) ?? 0
        return PrintJobDetails(job: job, printerName: name, badges: badges)
    }

    /// Per printer, its oldest due queued job and its oldest due sent one, so that no printer's backlog keeps another
    /// printer's jobs waiting; oldest first.
    public func duePrintJobs(now: Date, limit: Int) async throws -> [PrintJobRecord] {
        try await read { db in
            try PrintJobRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM print_job WHERE id IN (
                      SELECT min(id) FROM print_job WHERE status IN ('queued', 'sent', 'cancelling') AND next_attempt_at <= ?
                      GROUP BY printer_id, status)
                    ORDER BY id LIMIT ?
                    """, arguments: [now, limit])
        }
    }

    /// The job's printer and its visits in print order; a visit erased or purged since is simply gone.
    public func printWork(jobID: Int64) async throws -> (PrinterRecord?, [VisitDetails]) {
        try await read { db in
            let job = try PrintJobRecord.fetchOne(db, key: jobID)
            let printer = try job?.printerId.flatMap { try PrinterRecord.fetchOne(db, key: $0) }
            let visits = try VisitDetails.fetchAll(
                db, sql: VisitDetails.baseSQL + " JOIN print_job_visit p ON p.visit_id = visit.id WHERE p.job_id = ? ORDER BY p.position",
                arguments: [jobID])
            return (printer, visits)
        }
    }

    /// Records the job's new state if it still has `status` (the desk may have cancelled it, or an admin removed its
    /// printer, while the printer was being asked); false when it had changed and nothing was written.
    public func updatePrintJob(_ job: PrintJobRecord, ifStill status: PrintJobStatus) async throws -> Bool {
        try await write { db in
            guard try PrintJobRecord.fetchOne(db, key: job.id)?.status == status else { return false }
            try job.update(db)
            return true
        }
    }
}
