import ArgumentParser
import Foundation
import VaktbokStore

/// `vaktbok backup --to DIR`: the only supported backup: a consistent `VACUUM INTO` copy named by time, and
/// every recorded backup older than the longest retention window deleted (see jobs/README.md).
struct BackupCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the database and delete backups older than retention allows.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Folder for the backups (created mode 0700 if missing).") var to: String
    @Option(help: "Treat this ISO 8601 instant as now.") var now: String?

    func run(on store: AppDatabase) async throws {
        let at = try Instant.parse(now)
        do {
            try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError("cannot create the backup folder \(to)")
        }
        let result = try await store.backup(into: to, now: at)
        Output.line("wrote \(result.written)")
        for name in result.deleted { Output.line("deleted \(name): older than \(result.windowDays) days") }
        Output.line("backups kept: \(result.kept.count), none older than \(result.windowDays) days")
    }
}
