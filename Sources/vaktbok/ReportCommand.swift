import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok report contacts`: the contact-tracing report at a terminal, audited like the API's.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for the privacy officer.", subcommands: [Contacts.self]
    )

    /// `vaktbok report contacts --site OSL [--days 10] [--visitor …] [--format csv|json|html] [--out FILE]`.
    struct Contacts: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Everyone on site in the last days, or one visitor's contacts.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site: String
        @Option(help: "Local days back (1 to the site's retention; default: all of it).") var days: Int?
        @Option(help: "A visit id (id:123) or phone number: list only who was on site at the same time.") var visitor: String?
        @Option(help: "csv, json or html.") var format = "csv"
        @Option(help: "CSV separator: semicolon or comma.") var separator = "semicolon"
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func run(on store: AppDatabase) async throws {
            guard ["csv", "json", "html"].contains(format) else { throw CLIError("--format must be csv, json or html") }
            guard let character: Character = ["semicolon": ";", "comma": ","][separator] else {
                throw CLIError("--separator must be semicolon or comma")
            }
            let db = store
            let site = try await db.site(code: SiteCode(site))
            let report = try await db.contactReport(
                siteID: site.rowID, days: days ?? site.visitRetentionDays, visitor: try visitor.map { try VisitorKey(parsing: $0) },
                now: Date(), actor: CLIActor.audit, format: format
            )
            let data: Data =
                switch format {
                case "json": try report.json()
                case "html": Data(report.html().utf8)
                default: Data(report.csv(separator: character).utf8)
                }
            if let out {
                do { try data.write(to: URL(fileURLWithPath: out)) } catch { throw CLIError("cannot write \(out)") }
                FileHandle.standardError.write(Data("wrote \(report.entries.count) visits to \(out)\n".utf8))
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
