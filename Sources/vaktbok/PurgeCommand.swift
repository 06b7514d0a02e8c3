import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok purge`: enforce retention for cron or a systemd timer. Exit 0 done, 75 try later, 1 error.
struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete what retention no longer allows, leaving a hash-chained receipt.",
        discussion: "Exit codes: 0 done, 75 busy (run again later), 1 error."
    )
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print what would be deleted; change nothing.") var dryRun = false
    @Option(help: "Apply the rules at this ISO 8601 instant instead of the clock's.") var now: String?
    @Option(help: "Most rows per write transaction (1-1000).") var batchSize = 1_000
    @Option(help: "Time one write transaction may take in milliseconds (1-1000); the batch size adapts to it.") var batchBudgetMs = PurgeOptions
        .defaultBatchBudgetMilliseconds
    @Option(help: "Pause between batches in milliseconds (0-10000).") var pauseMs = 2
    @Option(help: "Tries of the final WAL checkpoint while readers block it (1-100).") var checkpointAttempts = 3
    @Option(help: "Days a closed data-subject request is kept (30-3650).") var requestRetentionDays = 365

    func run() async throws {
        let options = try purgeOptions()
        guard let lock = try PurgeLock(path: database.path + ".purge-lock") else {
            FileHandle.standardError.write(Data("another purge is running on this database; try again later\n".utf8))
            throw ExitCode(75)
        }
        defer { withExtendedLifetime(lock) {} }
        let report: PurgeReport
        do {
            report = try await database.open().purge(options)
        } catch StoreError.busy {
            FileHandle.standardError.write(Data("the database is busy; try again later\n".utf8))
            throw ExitCode(75)
        } catch let StoreError.clockBehind(newest) {
            throw CLIError("refusing to purge: the clock (\(options.now.ISO8601Format())) is behind a stored time (\(newest.ISO8601Format()))")
        }
        Output.line(PurgeSummary.text(report))
        if report.checkpoint == .busy {
            FileHandle.standardError.write(Data("a reader kept the WAL checkpoint from completing; try again later\n".utf8))
            throw ExitCode(75)
        }
    }

    private func purgeOptions() throws -> PurgeOptions {
        var options = PurgeOptions(now: try Instant.parse(now))
        guard (1...1_000).contains(batchSize) else { throw CLIError("--batch-size must be between 1 and 1000") }
        guard (1...1_000).contains(batchBudgetMs) else { throw CLIError("--batch-budget-ms must be between 1 and 1000") }
        guard (0...10_000).contains(pauseMs) else { throw CLIError("--pause-ms must be between 0 and 10000") }
        guard (1...100).contains(checkpointAttempts) else { throw CLIError("--checkpoint-attempts must be between 1 and 100") }
        options.dryRun = dryRun
        options.batchSize = batchSize
        options.batchBudget = .milliseconds(batchBudgetMs)
        options.pause = .milliseconds(pauseMs)
        options.checkpointAttempts = checkpointAttempts
        guard (30...3650).contains(requestRetentionDays) else { throw CLIError("--request-retention-days must be between 30 and 3650") }
        options.requestRetentionDays = requestRetentionDays
        return options
    }
}

/// The one-screen summary a purge prints.
enum PurgeSummary {
    static func text(_ report: PurgeReport) -> String {
        let counts = { (table: [String: Int]) in
            table.isEmpty ? "none" : table.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        let cutoffs = report.cutoffs.sorted { $0.key < $1.key }.map { "  \($0.key): visits checked out before \($0.value.ISO8601Format())" }
        return
            ([
                "Vaktbok purge \(report.dryRun ? "(dry run, nothing changed) " : "")at \(report.now.ISO8601Format()), run \(report.runId)",
                "cutoffs:",
            ] + cutoffs + [
                "automatic check-outs: \(report.autoCheckedOut)",
                "\(report.dryRun ? "would delete" : "deleted"): \(counts(report.deleted))",
                "held back: \(counts(report.heldBack))",
                "WAL checkpoint: \(report.checkpoint.rawValue)",
                "oldest backup kept: \(report.oldestBackupKept?.ISO8601Format() ?? "none recorded")",
                "took \(String(format: "%.2f", report.durationSeconds)) s",
            ]).joined(separator: "\n")
    }
}
