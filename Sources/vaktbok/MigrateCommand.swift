import ArgumentParser
import Foundation

/// `vaktbok migrate [--check]`: bring the database's schema up to this binary's (forward only), or tell whether an
/// upgrade would change it. The service unit runs it before `serve`.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply pending schema migrations, or with --check only tell whether there are any.")
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Change nothing: exit 0 when the schema is up to date, 2 when an upgrade would change it.") var check = false

    func run() async throws {
        if check {
            guard FileManager.default.fileExists(atPath: database.path) else {
                Output.line("no database at \(database.path): the first start creates it with the whole schema")
                throw ExitCode(2)
            }
            let pending = try await CLIError.reporting { try await database.open(migrating: false).pendingMigrations() }
            guard pending.isEmpty else {
                Output.line("an upgrade would apply: \(pending.joined(separator: ", "))")
                throw ExitCode(2)
            }
            Output.line("schema up to date")
        } else {
            let applied = try await CLIError.reporting { try await database.open(migrating: false).migrate() }
            Output.line(applied.isEmpty ? "schema up to date" : "applied: \(applied.joined(separator: ", "))")
        }
    }
}
