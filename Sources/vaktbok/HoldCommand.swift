import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok hold add|list|release`: keep a visit from the purge (restriction or legal hold).
struct HoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold", abstract: "Keep visits from the purge until a date.", subcommands: [Add.self, List.self, Release.self]
    )

    /// `vaktbok hold add --visit ID --reason TEXT --until 2027-01-31`.
    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Hold a visit through a date (Europe/Oslo); prints the hold id.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Visit id.") var visit: Int64
        @Option(help: "Why, e.g. a case number; no personal data.") var reason: String
        @Option(help: "Last day held, YYYY-MM-DD.") var until: String

        func run(on store: AppDatabase) async throws {
            let text = try ShortNote(reason, field: "reason").value
            let ends = try CalendarDate(until, field: "until").end(in: TimeZoneName.oslo)
            guard ends > Date() else { throw CLIError("--until must not be in the past") }
            let hold = try await store.addHold(visitID: visit, reason: text, endsAt: ends, now: Date())
            Output.line("\(hold.rowID)")
        }
    }

    /// `vaktbok hold list`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List holds in force.")
        @OptionGroup var database: DatabaseOptions

        func run(on store: AppDatabase) async throws {
            for hold in try await store.activeHolds(siteID: nil, now: Date()) {
                Output.line("\(hold.rowID)\tvisit \(hold.visitId)\tuntil \(hold.endsAt.ISO8601Format())\t\(hold.reason)")
            }
        }
    }

    /// `vaktbok hold release ID`.
    struct Release: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "End a hold now.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Hold id.") var id: Int64

        func run(on store: AppDatabase) async throws {
            _ = try await store.releaseHold(id: id, actor: CLIActor.audit, now: Date())
            Output.line("released hold \(id)")
        }
    }
}
