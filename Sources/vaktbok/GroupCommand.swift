import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok group import|list`: school groups pre-registered from the school's name list.
struct GroupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Pre-register school groups from name lists.", subcommands: [Import.self, List.self]
    )

    /// `vaktbok group import FILE --site OSL --date 2026-12-03 --school "…" --host ID [--contact-phone …] [--dry-run]`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a name list (CSV with ; , or tab, one name per line, or an Excel workbook); prints every row's result.",
            discussion: "Exit status 0 when every row was imported or already there, 65 when some rows were rejected "
                + "(the others are imported), 1 when the whole list was refused."
        )
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var listFile: ListFileOptions
        @Option(help: "Site code.") var site: String
        @Option(help: "The visit's date, YYYY-MM-DD.") var date: String
        @Option(help: "The school's name.") var school: String
        @Option(help: "Host id: whom the group visits.") var host: Int64
        @Option(help: "The teacher's phone, used for the members' visits in contact tracing.") var contactPhone: String?
        @Flag(help: "Show the results, store nothing.") var dryRun = false
        @Option(help: "Treat this ISO 8601 instant as now.") var now: String?

        func run() async throws {
            let rejected = try await CLIError.reporting {
                let list = try listFile.read(maxBytes: NameList.maxBytes, as: NameList.init(table:))
                let db = try database.open()
                let result = try await db.importGroup(
                    GroupImport(
                        siteID: try await db.site(code: SiteCode(site)).rowID, date: try CalendarDate(date), school: try SchoolName(school),
                        hostID: host, contactPhone: try contactPhone.map { try PhoneNumber($0, field: "contact-phone") }, list: list,
                        dryRun: dryRun, actor: CLIActor.audit
                    ), now: try Instant.parse(now))
                for row in result.rows {
                    Output.line(
                        ["line \(row.line)", row.status.rawValue, row.name ?? "-", row.role?.rawValue ?? row.reason ?? ""].joined(separator: "\t"))
                }
                let counts = [GroupImportResult.Status.imported, .updated, .unchanged, .rejected].map { "\($0.rawValue) \(result.count($0))" }
                let group = result.group.id.map { "group \($0)\(result.created ? " (new)" : "")" } ?? "new group"
                Output.line("\(dryRun ? "dry run, nothing stored: " : "")\(group): \(counts.joined(separator: ", "))")
                if !list.ignoredColumns.isEmpty { Output.line("ignored columns: \(list.ignoredColumns.joined(separator: ", "))") }
                return result.count(.rejected)
            }
            if rejected > 0 { throw ExitCode(65) }
        }
    }

    /// `vaktbok group list --site OSL [--date …]`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List a day's groups with arrival counts.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site: String
        @Option(help: "YYYY-MM-DD; default today at the site.") var date: String?

        func run(on store: AppDatabase) async throws {
            let db = store
            let site = try await db.site(code: SiteCode(site))
            let day = try date.map { try CalendarDate($0) } ?? CalendarDate(of: Date(), in: site.zone)
            for group in try await db.groups(siteID: site.rowID, date: day) {
                Output.line(
                    "\(group.group.rowID)\t\(group.group.school)\thost \(group.group.hostId)\t\(group.arrivedCount)/\(group.members.count) arrived"
                )
            }
        }
    }
}
