import ArgumentParser
import Foundation
import VaktbokStore

/// `--db PATH` (or `VAKTBOK_DB`), shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (env VAKTBOK_DB).")
    var path: String = ProcessInfo.processInfo.environment["VAKTBOK_DB"] ?? "./vaktbok.sqlite"

    /// Opens and migrates the database; safe while `serve` runs on the same file.
    func open() throws -> AppDatabase {
        do {
            return try AppDatabase(path: path)
        } catch {
            throw CLIError("cannot open the database at \(path): \(error)")
        }
    }
}
