import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `--db PATH` (or `VAKTBOK_DB`), shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (env VAKTBOK_DB).")
    var path: String = ProcessInfo.processInfo.environment["VAKTBOK_DB"] ?? "./vaktbok.sqlite"

    /// Opens and (unless `migrating` is false) migrates the database; safe while `serve` runs on the same file.
    /// `publicURL` roots the links in the messages it writes; `checkpointing` is `.inBackground` for `serve`.
    func open(migrating: Bool = true, publicURL: String? = nil, checkpointing: Checkpointing = .onCommit) throws -> AppDatabase {
        do {
            return try AppDatabase(path: path, migrating: migrating, publicURL: publicURL, checkpointing: checkpointing)
        } catch let error as StoreError {
            if error == .busy { throw error }  // the purge answers a busy database with exit 75
            throw CLIError("\(path): \(error.message)")
        } catch {
            throw CLIError("cannot open the database at \(path): \(error)")
        }
    }
}
