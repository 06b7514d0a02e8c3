import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

extension HostCommand {
    /// `vaktbok host import FILE --site OSL [--sheet NAME] [--dry-run] [--deactivate-missing]`: the host directory from an HR export.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import a site's hosts from a list (name, mobile, e-mail, employee number; CSV with ; , or tab, or an Excel workbook); prints every row's result.",
            discussion: "Hosts are matched by employee number, else by e-mail; importing the same file again changes nothing. "
                + "Exit status 0 when every row was taken, 65 when some rows were rejected (the others are imported), "
                + "1 when the whole list was refused."
        )
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var listFile: ListFileOptions
        @Option(help: "Site code.") var site: String
        @Flag(help: "Deactivate the site's active hosts the file does not list (they left).") var deactivateMissing = false
        @Flag(help: "Show the results, store nothing.") var dryRun = false
        @Option(help: "The time to act at (ISO 8601; default now).") var now: String?

        func run() async throws {
            let rejected = try await CLIError.reporting {
                let list = try listFile.read(maxBytes: HostList.maxBytes, as: HostList.init(table:))
                let db = try database.open()
                let rows = try await db.importHosts(
                    list, siteID: try await db.site(code: SiteCode(site)).rowID, deactivateMissing: deactivateMissing, dryRun: dryRun,
                    actor: CLIActor.audit, now: try Instant.parse(now))
                for row in rows {
                    let place = row.line.map { "line \($0)" } ?? "host \(row.hostID ?? 0)"
                    Output.line([place, row.status.rawValue, row.name ?? "-", row.reason ?? ""].joined(separator: "\t"))
                }
                let counts = HostImportRow.Status.allCases.map { status in "\(status.rawValue) \(rows.filter { $0.status == status }.count)" }
                Output.line("\(dryRun ? "dry run, nothing stored: " : "")\(counts.joined(separator: ", "))")
                if !list.ignoredColumns.isEmpty { Output.line("ignored columns: \(list.ignoredColumns.joined(separator: ", "))") }
                return rows.filter { $0.status == .rejected }.count
            }
            if rejected > 0 { throw ExitCode(65) }
        }
    }
}
