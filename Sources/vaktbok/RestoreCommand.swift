import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok restore --from FILE --replace`: checks a backup (SQLite's integrity check and the purge receipts' hash
/// chain, on a copy) before it replaces the database; refused while the database is in use, and while erasures done
/// after the backup would silently come back.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the database with a backup, after checking the backup's integrity and receipts.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The backup file (written by vaktbok backup).") var from: String
    @Flag(help: "Confirm that the current database is to be replaced (and its newer data lost).") var replace = false
    @Flag(help: "Restore although erasures were done after the backup was taken (they must then be done again).")
    var acceptLostErasures = false

    func run() async throws {
        let files = FileManager.default
        guard files.isReadableFile(atPath: from) else { throw CLIError("--from \(from) is not a readable file") }
        let exists = files.fileExists(atPath: database.path)
        if exists, !replace { throw CLIError("\(database.path) exists: pass --replace to replace it (its data since the backup is lost)") }
        try refuseIfInUse()
        guard let lock = try PurgeLock(path: database.path + ".purge-lock") else { throw CLIError("a purge or backup is running; try again later") }
        let staged = database.path + ".restoring"
        try? files.removeItem(atPath: staged)
        try files.copyItem(atPath: from, toPath: staged)
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: staged)
        do {
            let taken = try await check(staged)
            if exists { try await refuseLostErasures(since: taken) }
            for companion in ["-wal", "-shm"] { try? files.removeItem(atPath: staged + companion) }
            try refuseIfInUse()
            guard rename(staged, database.path) == 0 else { throw CLIError("cannot move the restored database into place") }
        } catch {
            for file in [staged, staged + "-wal", staged + "-shm"] { try? files.removeItem(atPath: file) }
            throw error
        }
        withExtendedLifetime(lock) {}
        Output.line("restored \(database.path) from \(from)")
    }

    /// The database is open somewhere (or was not closed cleanly) while its `-wal` or `-shm` file exists.
    private func refuseIfInUse() throws {
        for companion in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: database.path + companion) {
            throw CLIError(
                "\(database.path) is in use (\(companion) exists): stop vaktbok serve and the timers first; if nothing runs, "
                    + "`vaktbok verify` once closes it cleanly")
        }
    }

    /// The staged copy opens (migrating it to this binary's schema), passes SQLite's integrity check, and its
    /// receipt chain holds; returns when it was taken (from its name, else its newest audit entry).
    private func check(_ staged: String) async throws -> Date {
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
        let name = URL(fileURLWithPath: from).lastPathComponent
        if let named = AppDatabase.backupTime(name) { return named }
        return try await backup.newestAuditEntry() ?? .distantPast
    }

    /// Erasures the live database did after `taken` would come back with the backup: refused unless accepted.
    private func refuseLostErasures(since taken: Date) async throws {
        let lost = try await database.open().erasuresSince(taken)
        guard !lost.isEmpty else { return }
        let list = "request\(lost.count == 1 ? "" : "s") \(lost.map(String.init).joined(separator: ", "))"
        guard acceptLostErasures else {
            throw CLIError(
                "erasures were done after this backup was taken (\(list)): restoring brings those people's records back. "
                    + "Pass --accept-lost-erasures and do the erasures again before the service takes visitors")
        }
        Output.line("warning: the erasures of \(list) are undone by this restore; do them again now")
    }
}
