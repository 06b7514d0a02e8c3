import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok restore --from FILE --replace`: checks a backup (SQLite's integrity check and the purge receipts' hash
/// chain, on a copy) before it replaces the database; refused while the database is in use.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the database with a backup, after checking the backup's integrity and receipts.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The backup file (written by vaktbok backup).") var from: String
    @Flag(help: "Confirm that the current database is to be replaced (and its newer data lost).") var replace = false

    func run() async throws {
        let files = FileManager.default
        guard files.isReadableFile(atPath: from) else { throw CLIError("--from \(from) is not a readable file") }
        if files.fileExists(atPath: database.path), !replace {
            throw CLIError("\(database.path) exists: pass --replace to replace it (its data since the backup is lost)")
        }
        for companion in ["-wal", "-shm"] where files.fileExists(atPath: database.path + companion) {
            throw CLIError("\(database.path) is in use (\(companion) exists): stop vaktbok serve and the purge timer first")
        }
        guard let lock = try PurgeLock(path: database.path + ".purge-lock") else { throw CLIError("a purge is running; try again later") }
        let staged = database.path + ".restoring"
        try? files.removeItem(atPath: staged)
        try files.copyItem(atPath: from, toPath: staged)
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: staged)
        do {
            try await check(staged)
        } catch {
            try? files.removeItem(atPath: staged)
            throw error
        }
        for companion in ["-wal", "-shm"] { try? files.removeItem(atPath: staged + companion) }
        guard rename(staged, database.path) == 0 else { throw CLIError("cannot move the restored database into place") }
        withExtendedLifetime(lock) {}
        Output.line("restored \(database.path) from \(from)")
    }

    /// The staged copy opens (migrating it to this binary's schema), passes SQLite's integrity check, and its
    /// receipt chain holds; the store is closed again before the file is moved.
    private func check(_ staged: String) async throws {
        let backup: AppDatabase
        do {
            backup = try AppDatabase(path: staged)
        } catch let error as StoreError {
            throw CLIError("the backup cannot be used: \(error.message)")
        } catch {
            throw CLIError("the backup is not a Vaktbok database (\(error))")
        }
        let problems = try await backup.integrityProblems()
        guard problems.isEmpty else { throw CLIError("the backup fails SQLite's integrity check: \(problems.prefix(3).joined(separator: "; "))") }
        let receipts = try await backup.verifyReceipts()
        if let broken = receipts.firstBroken { throw CLIError("the backup's receipt \(broken) does not match the hash chain") }
        Output.line("backup checked: integrity ok, \(receipts.intact) receipts intact")
    }
}
