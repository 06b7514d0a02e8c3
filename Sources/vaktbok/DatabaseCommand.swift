import ArgumentParser
import VaktbokStore

/// A subcommand that works on the database: `run(on:)` gets it opened and migrated, and the domain's errors come
/// out as the CLI's one-line messages.
protocol DatabaseCommand: AsyncParsableCommand {
    /// `--db PATH`.
    var database: DatabaseOptions { get }

    /// The command's work on the opened database.
    func run(on store: AppDatabase) async throws
}

extension DatabaseCommand {
    /// Opens the database and runs the command, reporting failures the CLI's way.
    func run() async throws {
        try await CLIError.reporting { try await run(on: try database.open()) }
    }
}
