import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Enforces retention at `options.now`: automatic check-out, visits past their site's cutoff deleted in
    /// short batches (daily counts kept in the same transactions), held visits kept, expired sessions
    /// removed, the WAL checkpointed and truncated, and a hash-chained receipt written.
    public func purge(_ options: PurgeOptions) async throws -> PurgeReport {
        do {
            return try await purgeOnce(options)
        } catch let error as DatabaseError {
            throw Self.storeError(error)
        }
    }

    private func purgeOnce(_ options: PurgeOptions) async throws -> PurgeReport {
        let clock = ContinuousClock()
        let started = clock.now
        try await refuseIfClockBehind(options.now)
        var report = PurgeReport(
            runId: UUID().uuidString.lowercased(), startedAt: Date(), now: options.now, dryRun: options.dryRun,
            cutoffs: [:], deleted: [:], heldBack: [:], autoCheckedOut: 0, checkpoint: .skipped, durationSeconds: 0
        )
        report.autoCheckedOut = try await write { db in
            try Self.checkOutStaleVisits(now: options.now, dryRun: options.dryRun, in: db)
        }
        try await withPurgeSettings {
            for site in try await sites() {
                let cutoff = site.retention.visitCutoff(now: options.now, in: site.zone)
                report.cutoffs[site.code] = cutoff
                let batch = VisitPurgeBatch(site: site, cutoff: cutoff, now: options.now)
                let (due, held, cascaded) = try await read { db in (try batch.countDue(db), try batch.countHeld(db), try batch.countCascaded(db)) }
                report.heldBack["visit", default: 0] += held
                let deleted = options.dryRun ? cascaded.merging(["visit": due]) { $1 } : try await deleteInBatches(batch, options)
                report.deleted.merge(deleted) { $0 + $1 }
            }
            report.deleted.merge(try await purgeHousekeeping(options)) { $0 + $1 }
        }
        if !options.dryRun {
            report.checkpoint = try await checkpoint(attempts: options.checkpointAttempts)
        }
        report.durationSeconds = (clock.now - started) / .seconds(1)
        report.oldestBackupKept = try await oldestBackupKept()
        if !options.dryRun {
            try await appendReceipt(report)
            if report.checkpoint == .truncated { _ = try? await checkpoint(attempts: 1) }
        }
        return report
    }

    /// Runs `work` with a 16 MiB page cache for the writer instead of 2 MiB (the purge walks the visit table's
    /// indexes), then commits what follows (the receipt) with `synchronous = FULL`: GRDB's WAL default, NORMAL,
    /// survives a crash of the process but not of the machine, and a full-sync commit makes every batch before it
    /// durable too. Both are set back however `work` ends.
    private func withPurgeSettings(_ work: () async throws -> Void) async throws {
        let setting = { @Sendable (sql: String) in try await self.pool.writeWithoutTransaction { db in try db.execute(sql: sql) } }
        let afterwards = "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000"
        try await setting("PRAGMA cache_size = -16384")
        do {
            try await work()
        } catch {
            try? await setting(afterwards)
            throw error
        }
        try await setting(afterwards)
    }

    /// Deletes `batch`'s visits in write transactions sized by a `BatchPacer`, pausing between them for other writers.
    private func deleteInBatches(_ batch: VisitPurgeBatch, _ options: PurgeOptions) async throws -> [String: Int] {
        var total: [String: Int] = [:]
        var pacer = BatchPacer(budget: options.batchBudget, maximum: options.batchSize)
        while true {
            let limit = pacer.size
            let (deleted, took) = try await write { db in
                let clock = ContinuousClock()
                let started = clock.now
                return (try batch.deleteNext(limit: limit, in: db), clock.now - started)
            }
            total.merge(deleted) { $0 + $1 }
            let visits = deleted["visit", default: 0]
            if visits < limit { return total }
            pacer.record(rows: visits, took: took)
            try await Task.sleep(for: options.pause)
        }
    }

    /// Hosts who left (deactivated) once their site's retention window has passed since: the row goes when nothing
    /// refers to it any more, else (a held visit) their phone and e-mail are blanked and the name stays for that visit.
    static let departedHost = """
        active = 0 AND deactivated_at IS NOT NULL
        AND deactivated_at <= strftime('%Y-%m-%d %H:%M:%f', ?, '-' || (SELECT visit_retention_days FROM site WHERE site.id = host.site_id) || ' days')
        """
    /// A host no visit, invite or school group names any more.
    static let unreferencedHost = """
        NOT EXISTS (SELECT 1 FROM visit WHERE visit.host_id = host.id) AND NOT EXISTS (SELECT 1 FROM invite WHERE invite.host_id = host.id)
        AND NOT EXISTS (SELECT 1 FROM school_group WHERE school_group.host_id = host.id)
        """

    /// The audit log after 365 days, expired or revoked sessions, stale failed-login marks, print jobs after a day, group members who never
    /// arrived once their group's day is over (and then groups nobody arrived from), invites whose day is over (used or
    /// not: a used one lives on as its visit) or that were cancelled and whose visitor has been told, expired consents,
    /// hosts who left a retention window ago (`departedHost`) with what their identity provider said of them, closed requests.
    private func purgeHousekeeping(_ options: PurgeOptions) async throws -> [String: Int] {
        let rules: [HousekeepingRule] = [
            .init("audit_log", "at < ?", [options.now.addingTimeInterval(-Self.auditRetentionDays * 86_400)]),
            .init("staff_session", "expires_at <= ? OR revoked_at IS NOT NULL", [options.now]),
            .init("login_failure", "failed_at <= ?", [options.now.addingTimeInterval(-86_400)]),
            .init("idempotency_key", "created_at <= ?", [options.now.addingTimeInterval(-86_400)]),
            .init("print_job", "created_at <= ?", [options.now.addingTimeInterval(-86_400)]),
            .init("group_member", "visit_id IS NULL AND group_id IN (SELECT id FROM school_group WHERE day_ends_at <= ?)", [options.now]),
            .init(
                "school_group",
                "day_ends_at <= ? AND NOT EXISTS (SELECT 1 FROM group_member m WHERE m.group_id = school_group.id "
                    + "AND m.visit_id IS NOT NULL)", [options.now]
            ),
            .init(
                "invite",
                "day_ends_at <= ? OR (cancelled_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox_message m WHERE m.invite_id = invite.id "
                    + "AND m.status = 'pending'))", [options.now]
            ),
            .init("consent", "expires_at <= ?", [options.now]),
            .init("scim_user", "host_id IN (SELECT id FROM host WHERE \(Self.departedHost))", [options.now]),
            .init("host", "\(Self.departedHost) AND \(Self.unreferencedHost)", [options.now]),
            .init(
                "host", "\(Self.departedHost) AND (phone IS NOT NULL OR email IS NOT NULL)", [options.now], key: "host_contact",
                change: "UPDATE host SET phone = NULL, email = NULL"),
            .init("subject_request", "closed_at <= ?", [options.now.addingTimeInterval(-Double(options.requestRetentionDays) * 86_400)]),
        ]
        let work: @Sendable (Database) throws -> [String: Int] = { db in
            var counts: [String: Int] = [:]
            for rule in rules {
                counts[rule.key] =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM \(rule.table) WHERE \(rule.condition)", arguments: rule.arguments) ?? 0
                if !options.dryRun { try db.execute(sql: "\(rule.change) WHERE \(rule.condition)", arguments: rule.arguments) }
            }
            return counts
        }
        return try await options.dryRun ? read(work) : write(work)
    }

    /// How long audit entries are kept.
    static let auditRetentionDays: TimeInterval = 365

    /// How far stored times may run ahead of the purge's clock: check-ins that land while it starts.
    static let clockTolerance: TimeInterval = 300

    /// Throws `clockBehind` when `now` is earlier than something already stored (beyond `clockTolerance`):
    /// a clock that is wrong by hours or years would apply the wrong cutoffs.
    private func refuseIfClockBehind(_ now: Date) async throws {
        let newest = try await read { db in
            try Date.fetchOne(
                db,
                sql: """
                    SELECT max(t) FROM (
                      SELECT max(checked_in_at) AS t FROM visit UNION ALL SELECT max(checked_out_at) FROM visit
                      UNION ALL SELECT max(created_at) FROM staff_session)
                    """)
        }
        let lastRun = try await lastReceipt()?.now
        if let latest = [newest, lastRun].compactMap({ $0 }).max(), now < latest.addingTimeInterval(-Self.clockTolerance) {
            throw StoreError.clockBehind(newest: latest)
        }
    }
}

/// One housekeeping rule of the purge: the rows of `table` matching `condition` are deleted (or, with `change`,
/// changed, e.g. blanked) and counted on the receipt under `key`.
private struct HousekeepingRule: Sendable {
    let table: String
    let condition: String
    let arguments: StatementArguments
    let key: String
    let change: String

    init(_ table: String, _ condition: String, _ arguments: StatementArguments, key: String? = nil, change: String? = nil) {
        self.table = table
        self.condition = condition
        self.arguments = arguments
        self.key = key ?? table
        self.change = change ?? "DELETE FROM \(table)"
    }
}
