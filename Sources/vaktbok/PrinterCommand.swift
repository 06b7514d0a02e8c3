import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok printer add|list|change|remove`: badge printers and the kiosk terminals that print to them.
struct PrinterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "printer", abstract: "Manage badge printers (CUPS queues or IPP printers) and which kiosk terminal uses which.",
        subcommands: [Add.self, List.self, Change.self, Remove.self]
    )

    /// Where a printer prints and on what: the options `add` requires and `change` may give.
    struct Settings: ParsableArguments {
        @Option(help: "Display name, e.g. \"QL-820 skranke\".") var name: String?
        @Option(help: "A CUPS queue on this machine (lpstat -p), e.g. QL820NWB.") var queue: String?
        @Option(name: .customLong("ipp-url"), help: "Or a network printer's IPP URI, e.g. ipp://192.0.2.10/ipp/print.") var ippURL: String?
        @Option(help: "Media: 62mm (continuous roll), 62x100mm (die-cut labels) or a4 (six badges a sheet).") var media: String?
        @Option(help: "The printer's resolution in dots per inch (300 for Brother QL and Dymo, 203 for Zebra).") var dpi: Int?
        @Option(name: .customLong("terminal"), help: "A kiosk terminal that prints here (repeat for several).") var terminals: [String] = []
        @Flag(help: "Take every terminal off this printer.") var noTerminals = false

        /// These options over `current` (none for a new printer), through the same gates as the API; errors name
        /// the options as the CLI spells them.
        func settings(over current: PrinterDetails?) throws -> PrinterSettings {
            do {
                guard let name = name ?? current?.printer.name else { throw VaktbokCore.ValidationError(field: "name", reason: "is required") }
                guard let media = media ?? current?.printer.media.rawValue else {
                    throw VaktbokCore.ValidationError(field: "media", reason: "is required")
                }
                let target =
                    queue == nil && ippURL == nil && current != nil
                    ? try PrinterTarget(stored: current?.printer.target ?? "") : try PrinterTarget(queue: queue, ippURL: ippURL)
                let terminals = noTerminals ? [] : self.terminals.isEmpty ? current?.terminals ?? [] : self.terminals
                return try PrinterSettings(
                    name: try Label(name), target: target, media: try PrintMedia(validating: media),
                    dotsPerInch: dpi ?? current?.printer.dotsPerInch ?? 300, terminals: try terminals.map { try Label($0, field: "terminals") })
            } catch let error as VaktbokCore.ValidationError {
                throw VaktbokCore.ValidationError(
                    field: ["ippUrl": "ipp-url", "terminals": "terminal"][error.field] ?? error.field, reason: error.reason)
            }
        }
    }

    /// `vaktbok printer add --site OSL --name … --queue …|--ipp-url … --media … [--terminal …]`; prints the new id.
    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a badge printer to a site; prints its id.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site: String
        @OptionGroup var settings: Settings

        func run(on store: AppDatabase) async throws {
            let site = try await store.site(code: try SiteCode(site))
            let printer = try await store.addPrinter(siteID: site.rowID, try settings.settings(over: nil), actor: CLIActor.audit, now: Date())
            print(printer.printer.rowID)
        }
    }

    /// `vaktbok printer list [--site OSL]`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List badge printers and their terminals.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code (all sites when left out).") var site: String?

        func run(on store: AppDatabase) async throws {
            var siteID: Int64?
            if let site { siteID = try await store.site(code: try SiteCode(site)).rowID }
            for details in try await store.printers(siteID: siteID) {
                let printer = details.printer
                let terminals = details.terminals.isEmpty ? "-" : details.terminals.joined(separator: ", ")
                print(
                    "\(printer.rowID)\t\(details.siteCode)\t\(printer.name)\t\(printer.target)\t\(printer.media.rawValue)\t\(printer.dotsPerInch) dpi\t\(terminals)"
                )
            }
        }
    }

    /// `vaktbok printer change ID [options]`: what is given replaces, the rest stays.
    struct Change: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Change a printer; options left out stay as they are.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Printer id.") var id: Int64
        @OptionGroup var settings: Settings

        func run(on store: AppDatabase) async throws {
            let current = try await store.printer(id: id, siteID: nil)
            _ = try await store.updatePrinter(id: id, siteID: nil, try settings.settings(over: current), actor: CLIActor.audit, now: Date())
            print("changed printer \(id)")
        }
    }

    /// `vaktbok printer remove ID`.
    struct Remove: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a printer; its unprinted jobs fail.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Printer id.") var id: Int64

        func run(on store: AppDatabase) async throws {
            try await store.removePrinter(id: id, siteID: nil, actor: CLIActor.audit, now: Date())
            print("removed printer \(id)")
        }
    }
}
