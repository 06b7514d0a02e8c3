import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok consent mail|withdraw`: apprenticeship e-mails within the consent's purpose.
struct ConsentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent", abstract: "Apprenticeship-information consents.", subcommands: [Mail.self, Withdraw.self]
    )

    /// `vaktbok consent mail --subject "…" --body-file FILE [--public-url URL]`.
    struct Mail: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Queue an e-mail to every live consent (at most 3 per consent, ever), each with its withdrawal link."
        )
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The subject line.") var subject: String
        @Option(help: "A UTF-8 text file with the body.") var bodyFile: String
        @Option(help: "Where the server is reached, for the withdrawal link (env VAKTBOK_PUBLIC_URL).")
        var publicURL = ProcessInfo.processInfo.environment["VAKTBOK_PUBLIC_URL"] ?? ""
        @Option(help: "Treat this ISO 8601 instant as now.") var now: String?

        func run(on store: AppDatabase) async throws {
            let base = publicURL
            guard let url = URL(string: base), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw CLIError("--public-url (or VAKTBOK_PUBLIC_URL) must be the server's http(s) address: every mail carries a withdrawal link")
            }
            let title = try BoundaryText(maxScalars: 400, maxBytes: 800).clean(subject, field: "subject").trimmingWhitespace()
            guard (1...200).contains(title.count), !title.contains(where: \.isNewline) else {
                throw CLIError("--subject must be one line of 1 to 200 characters")
            }
            guard let data = FileManager.default.contents(atPath: bodyFile), let text = String(data: data, encoding: .utf8),
                !text.allSatisfy(\.isWhitespace), data.count <= 64 * 1024
            else { throw CLIError("--body-file must be a UTF-8 text file of at most 64 KiB") }
            let body = try BoundaryText(maxScalars: 65_536, maxBytes: 65_536, allowsLineBreaks: true).clean(text, field: "body-file")
            let withdrawBase = (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/withdraw.html#token="
            let mailing = try await store.mailConsents(
                subject: title, body: body, withdrawBase: withdrawBase, actor: CLIActor.audit, now: try Instant.parse(now)
            )
            Output.line("queued \(mailing.queued) e-mails; refused \(mailing.refused) (already sent \(ApprenticeshipConsent.maxMails))")
        }
    }

    /// `vaktbok consent withdraw --email ADDRESS`: when someone asks by phone or at the desk.
    struct Withdraw: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Erase the consent of an e-mail address at once.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "The address the consent was given with.") var email: String

        func run(on store: AppDatabase) async throws {
            guard try await store.withdrawConsent(token: nil, email: try EmailAddress(email), actor: CLIActor.audit, now: Date()) else {
                throw CLIError("no consent was given with that address")
            }
            Output.line("consent withdrawn and erased")
        }
    }
}
