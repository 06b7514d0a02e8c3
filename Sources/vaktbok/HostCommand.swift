import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok host add|list|deactivate`.
struct HostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "host", abstract: "Manage the employees visitors come to see.",
        subcommands: [Add.self, List.self, Deactivate.self, Import.self]
    )

    /// `vaktbok host add --site OSL --name "Kari Nordmann" [--phone …] [--email …]`; prints the new id.
    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a host; prints the new host id.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Mobile number for notifications.") var phone: String?
        @Option(help: "E-mail address for notifications.") var email: String?

        func run(on store: AppDatabase) async throws {
            let host = try await store.addHost(
                siteCode: try SiteCode(site), name: try PersonName(name), phone: try phone.map { try PhoneNumber($0) },
                email: try email.map { try EmailAddress($0) }, now: Date()
            )
            print(host.rowID)
        }
    }

    /// `vaktbok host list --site OSL`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List a site's hosts.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site: String

        func run(on store: AppDatabase) async throws {
            for host in try await store.hosts(siteCode: try SiteCode(site)) {
                let status = host.active ? "active" : "inactive"
                print("\(host.rowID)\t\(host.name)\t\(status)\t\(host.phone ?? "-")\t\(host.email ?? "-")")
            }
        }
    }

    /// `vaktbok host deactivate ID`.
    struct Deactivate: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Stop offering a host for new visits.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Host id.") var id: Int64

        func run(on store: AppDatabase) async throws {
            _ = try await store.deactivateHost(id: id, actor: CLIActor.audit, now: Date())
            print("deactivated host \(id)")
        }
    }
}
