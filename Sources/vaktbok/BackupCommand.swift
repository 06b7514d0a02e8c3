import ArgumentParser
import Foundation
import VaktbokStore

/// `vaktbok backup --to DIR`: the only supported backup: a consistent `VACUUM INTO` copy named by time, and
/// every backup in the folder older than the longest retention window deleted (see jobs/README.md).
struct BackupCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the database and delete backups older than retention allows.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Folder for the backups (made mode 0700).") var to: String
    @Option(help: "Treat this ISO 8601 instant as now.") var now: String?

    func run(on store: AppDatabase) async throws {
        let at = try Instant.parse(now)
        do {
            try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: to)
        } catch {
            throw CLIError("cannot make the backup folder \(to) private (mode 0700): \(error.localizedDescription)")
        }
        guard let lock = try PurgeLock(path: database.path + ".purge-lock") else {
            Output.line("a purge or restore is running; try again later")
            throw ExitCode(75)
        }
        let result = try await store.backup(into: to, now: at)
        withExtendedLifetime(lock) {}
        Output.line("wrote \(result.written)")
        for name in result.deleted { Output.line("deleted \(name): older than \(result.windowDays) days") }
        Output.line("backups kept: \(result.kept.count), none older than \(result.windowDays) days")
    }
}
