import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok invite add|list|reschedule|cancel|import`: expected visitors, invited ahead of their visit.
struct InviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite", abstract: "Invite expected visitors: they get an SMS with a QR code that checks them in with one scan.",
        subcommands: [Add.self, List.self, Reschedule.self, Cancel.self, Import.self]
    )

    /// Where the invitation links point, and the clock: the options every writing subcommand shares.
    struct Context: ParsableArguments {
        @Option(help: "Where the server is reached, for the invitation link (env VAKTBOK_PUBLIC_URL; without it the SMS has no link).")
        var publicURL = PublicURL.fromEnvironment
        @Option(help: "Treat this ISO 8601 instant as now.") var now: String?
    }

    /// `vaktbok invite add --site OSL --name "…" --phone … --host ID --date 2026-12-04 [--email …] [--from 09:00 --until 11:00]`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Invite one visitor; prints the invite's id.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var context: Context
        @Option(help: "Site code.") var site: String
        @Option(help: "The visitor's full name.") var name: String
        @Option(help: "The visitor's mobile number.") var phone: String
        @Option(help: "The visitor's e-mail, for an e-mail with a calendar file.") var email: String?
        @Option(help: "Host id: whom they visit.") var host: Int64
        @Option(help: "The visit's date at the site, YYYY-MM-DD.") var date: String
        @OptionGroup var window: Window

        func run() async throws {
            try await CLIError.reporting {
                let db = try database.open(publicURL: try PublicURL.checked(context.publicURL))
                let invite = NewInvite(
                    siteID: try await db.site(code: SiteCode(site)).rowID, hostID: host, name: try PersonName(name), phone: try PhoneNumber(phone),
                    email: try email.map { try EmailAddress($0) }, date: try CalendarDate(date), window: try window.parsed(),
                    staffID: nil)
                let created = try await db.createInvite(invite, now: try Instant.parse(context.now))
                Output.line("invite \(created.details.invite.rowID)\(created.existed ? " (already there, nothing sent)" : "")")
            }
        }
    }

    /// `vaktbok invite list --site OSL [--date …]`.
    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List a day's invites: id, window, status, host id, name.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Site code.") var site: String
        @Option(help: "YYYY-MM-DD; default today at the site.") var date: String?

        func run(on store: AppDatabase) async throws {
            let site = try await store.site(code: SiteCode(site))
            let day = try date.map { try CalendarDate($0) } ?? CalendarDate(of: Date(), in: site.zone)
            for details in try await store.invites(siteID: site.rowID, date: day) {
                let invite = details.invite
                Output.line(
                    [
                        "\(invite.rowID)", invite.window?.text ?? "all day", invite.visitId == nil ? "expected" : "arrived", "host \(invite.hostId)",
                        invite.visitorName,
                    ].joined(separator: "\t"))
            }
        }
    }

    /// `vaktbok invite reschedule ID --date … [--from … --until …]`.
    struct Reschedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move an invite to another date (and window); the visitor is told.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var context: Context
        @Argument(help: "The invite's id.") var id: Int64
        @Option(help: "The new date, YYYY-MM-DD.") var date: String
        @OptionGroup var window: Window

        func run() async throws {
            try await CLIError.reporting {
                let db = try database.open(publicURL: try PublicURL.checked(context.publicURL))
                let details = try await db.rescheduleInvite(
                    id: id, siteID: nil, date: try CalendarDate(date), window: try window.parsed(), actor: CLIActor.audit,
                    now: try Instant.parse(context.now))
                Output.line("invite \(details.invite.rowID) moved to \(details.invite.visitDate)")
            }
        }
    }

    /// `vaktbok invite cancel ID`.
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel an invite not yet used; the visitor is told if they were invited.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The invite's id.") var id: Int64
        @Option(help: "Treat this ISO 8601 instant as now.") var now: String?

        func run() async throws {
            try await CLIError.reporting {
                let db = try database.open()
                try await db.cancelInvite(id: id, siteID: nil, actor: CLIActor.audit, now: try Instant.parse(now))
                Output.line("invite \(id) cancelled")
            }
        }
    }

    /// `--from` and `--until`: the expected time window, both or neither.
    struct Window: ParsableArguments {
        @Option(help: "Expected from HH:MM (with --until).") var from: String?
        @Option(help: "Expected until HH:MM (with --from).") var until: String?

        /// The window, or none.
        func parsed() throws -> VisitWindow? { try VisitWindow.optional(from: from, until: until) }
    }
}
