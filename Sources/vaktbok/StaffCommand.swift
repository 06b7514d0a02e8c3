import ArgumentParser
import Foundation
import HummingbirdBcrypt
import VaktbokCore
import VaktbokStore

/// `vaktbok staff add`.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Manage staff logins.", subcommands: [Add.self, List.self, Password.self, Remove.self]
    )

    /// `vaktbok staff add --username kari --role reception [--site OSL] --password-stdin`.
    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff login.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Login name.") var username: String
        @Option(help: "reception, privacy, admin, firewarden (roll calls only) or integration (invites at one site).") var role: String
        @Option(help: "Bind the login to one site.") var site: String?
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run(on store: AppDatabase) async throws {
            guard let role = Role(rawValue: role) else {
                throw CLIError("--role must be one of " + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let name = try Username(username)
            let siteCode = try site.map { try SiteCode($0) }
            guard passwordStdin else { throw CLIError("--password-stdin is required: pipe the password in") }
            let password = try PasswordPolicy.check(readLine(strippingNewline: true) ?? "")
            let staff = try await store.addStaff(
                username: name.value, passwordHash: Bcrypt.hash(password, cost: PasswordPolicy.bcryptCost),
                role: role, siteCode: siteCode, actor: CLIActor.audit, now: Date()
            )
            print("added \(staff.role.rawValue) login \(staff.username)")
        }
    }
}

extension StaffCommand {
    /// The login named `username`, or a CLI error saying there is none.
    static func login(_ username: Username, in store: AppDatabase) async throws -> StaffRecord {
        guard let staff = try await store.staff(username: username.value) else { throw CLIError("no such staff login") }
        return staff
    }

    /// `vaktbok staff list`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List staff logins.")
        @OptionGroup var database: DatabaseOptions

        func run(on store: AppDatabase) async throws {
            for (staff, site) in try await store.staffList() {
                print("\(staff.username)\t\(staff.role.rawValue)\t\(site ?? "all sites")")
            }
        }
    }

    /// `vaktbok staff password --username kari --password-stdin`: a new password, and every session signed out.
    struct Password: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password; signs the login out everywhere.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Login name.") var username: String
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run(on store: AppDatabase) async throws {
            guard passwordStdin else { throw CLIError("--password-stdin is required: pipe the password in") }
            let password = try PasswordPolicy.check(readLine(strippingNewline: true) ?? "")
            let staff = try await StaffCommand.login(try Username(username), in: store)
            _ = try await store.setPassword(
                id: staff.rowID, passwordHash: Bcrypt.hash(password, cost: PasswordPolicy.bcryptCost), actor: CLIActor.audit, now: Date())
            print("new password set for \(username.lowercased()); its sessions are signed out")
        }
    }

    /// `vaktbok staff remove --username kari`.
    struct Remove: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a staff login and its sessions.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Login name.") var username: String

        func run(on store: AppDatabase) async throws {
            let staff = try await StaffCommand.login(try Username(username), in: store)
            try await store.removeStaff(id: staff.rowID, actor: CLIActor.audit, now: Date())
            print("removed login \(username.lowercased())")
        }
    }
}
