import ArgumentParser
import Foundation
import VaktbokStore

/// `vaktbok verify`: re-check the receipt chain and that nothing is kept longer than its rule allows.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Recompute the purge receipts' hash chain and check the retention promise."
    )
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Check retention as at this ISO 8601 instant.") var now: String?

    func run() async throws {
        let at = try Instant.parse(now)
        let db = try database.open()
        let receipts = try await db.verifyReceipts()
        let overdue = try await db.overdueVisits(now: at)
        var problems: [String] = []
        if let broken = receipts.firstBroken {
            problems.append("receipt \(broken) does not match the hash chain (\(receipts.intact) receipts before it hold)")
        } else {
            Output.line("receipts: \(receipts.intact) checked, chain intact")
        }
        if overdue.isEmpty {
            Output.line("retention: no visit kept past its rule")
        } else {
            problems += overdue.sorted { $0.key < $1.key }.map { "retention: \($0.value) visits at \($0.key) are kept past their rule" }
        }
        guard problems.isEmpty else { throw CLIError(problems.joined(separator: "\n")) }
    }
}
