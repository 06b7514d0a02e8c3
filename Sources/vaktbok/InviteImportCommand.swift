import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

extension InviteCommand {
    /// `vaktbok invite import FILE --site OSL --date 2026-12-04 --host ID [--from … --until …] [--dry-run]`: an event's guests.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Invite an event's guests from a list (name, mobile, e-mail; CSV with ; , or tab, or an Excel workbook); prints every row's result.",
            discussion: "Exit status 0 when every row was invited or already there, 65 when some rows were rejected "
                + "(the others are invited), 1 when the whole list was refused."
        )
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var context: Context
        @OptionGroup var listFile: ListFileOptions
        @Option(help: "Site code.") var site: String
        @Option(help: "The event's date, YYYY-MM-DD.") var date: String
        @Option(help: "Host id: whom the guests visit.") var host: Int64
        @OptionGroup var window: Window
        @Flag(help: "Show the results, store and send nothing.") var dryRun = false

        func run() async throws {
            let rejected = try await CLIError.reporting {
                let list = try listFile.read(maxBytes: InviteList.maxBytes, as: InviteList.init(table:))
                let db = try database.open(publicURL: try PublicURL.checked(context.publicURL))
                let rows = try await db.importInvites(
                    list, siteID: try await db.site(code: SiteCode(site)).rowID, hostID: host, date: try CalendarDate(date),
                    window: try window.parsed(), dryRun: dryRun, staffID: nil, now: try Instant.parse(context.now))
                for row in rows {
                    Output.line(["line \(row.line)", row.status.rawValue, row.name ?? "-", row.reason ?? ""].joined(separator: "\t"))
                }
                let counts = [InviteImportRow.Status.invited, .existing, .rejected].map { status in
                    "\(status.rawValue) \(rows.filter { $0.status == status }.count)"
                }
                Output.line("\(dryRun ? "dry run, nothing stored or sent: " : "")\(counts.joined(separator: ", "))")
                if !list.ignoredColumns.isEmpty { Output.line("ignored columns: \(list.ignoredColumns.joined(separator: ", "))") }
                return rows.filter { $0.status == .rejected }.count
            }
            if rejected > 0 { throw ExitCode(65) }
        }
    }
}
