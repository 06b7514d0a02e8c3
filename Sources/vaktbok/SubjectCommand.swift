import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok subject …`: the privacy officer's terminal for data-subject requests.
struct SubjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject", abstract: "Data-subject requests: register, verify, find, export, erase.",
        subcommands: [Requests.self, Register.self, Verify.self, Find.self, Export.self, Erase.self]
    )

    /// `vaktbok subject requests [--overdue|--closed|--all]`.
    struct Requests: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List requests (open ones by default), soonest due first.")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Which requests.") var filter: RequestFilter = .open
        @Option(help: "Treat this ISO 8601 instant as now.") var now: String?

        func run(on store: AppDatabase) async throws {
            let now = try Instant.parse(now)
            for request in try await store.requests(filter, actor: CLIActor.audit, now: now) {
                let state = request.closedAt != nil ? "closed" : request.isOverdue(at: now) ? "OVERDUE" : "open"
                Output.line(
                    "\(request.rowID)\t\(request.type.rawValue)\treceived \(request.receivedAt.ISO8601Format())\tdue "
                        + "\(request.dueAt.ISO8601Format())\t\(state)\t\(request.verifiedAt == nil ? "unverified" : "verified")")
            }
        }
    }

    /// `vaktbok subject register --type erase [--phone …] [--email …] [--name …] [--received 2026-11-20]`.
    struct Register: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Register a request; prints its id. Due one month after receipt.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "access, export, rectify, erase, restrict or object.") var type: String
        @Option(help: "The subject's phone.") var phone: String?
        @Option(help: "The subject's e-mail address.") var email: String?
        @Option(help: "The subject's full name.") var name: String?
        @Option(help: "When it was received, YYYY-MM-DD (default today).") var received: String?
        @Option(help: "Only this site's records (default: every site).") var site: String?

        func run(on store: AppDatabase) async throws {
            guard let kind = SubjectRequestType(rawValue: type) else {
                throw CLIError("--type must be one of " + SubjectRequestType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let subject = try SubjectIdentifiers(phone: phone, email: email, name: name)
            let receivedAt = try received.map { try CalendarDate($0, field: "received").start(in: TimeZoneName.oslo) } ?? Date()
            guard receivedAt <= Date() else { throw CLIError("--received must not be in the future") }
            let db = store
            var siteID: Int64?
            if let site { siteID = try await db.site(code: SiteCode(site)).rowID }
            let request = try await db.registerRequest(
                type: kind, subject: subject, siteID: siteID, receivedAt: receivedAt, actor: CLIActor.audit, now: Date()
            )
            Output.line("\(request.rowID)")
        }
    }

    /// `vaktbok subject verify --request ID --method "ID card checked at reception" --covers name,phone`.
    struct Verify: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Record how the requester's identity was checked.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Request id.") var request: Int64
        @Option(help: "How, in words; no personal data.") var method: String
        @Option(help: "Which of the request's identifiers the check proved, comma-separated: phone, email, name.") var covers: String

        func run(on store: AppDatabase) async throws {
            let note = try ShortNote(method, field: "method")
            let proved = try Set(
                covers.split(separator: ",").map { word in
                    guard let identifier = SubjectIdentifier(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                        throw CLIError("--covers must list phone, email and/or name, comma-separated")
                    }
                    return identifier
                })
            _ = try await store.verifyManually(
                requestID: request, method: note.value, covers: proved, actor: CLIActor.audit, now: Date())
            Output.line("request \(request) verified")
        }
    }

    /// `vaktbok subject find --request ID`: what is stored, one line per record.
    struct Find: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List the subject's records (visits, group places, consents, pending messages).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Request id.") var request: Int64

        func run(on store: AppDatabase) async throws {
            let records = try await store.findSubject(requestID: request, actor: CLIActor.audit, now: Date())
            for visit in records.visits {
                Output.line("visit \(visit.id)\t\(visit.site)\t\(visit.checkedInAt.ISO8601Format())\tdeleted from \(visit.deletedFrom)")
            }
            for member in records.groupMemberships { Output.line("group place \(member.id)\t\(member.school)\t\(member.date)") }
            for consent in records.consents { Output.line("consent \(consent.id)\texpires \(consent.expiresAt.ISO8601Format())") }
            for message in records.pendingMessages { Output.line("pending \(message.channel) \(message.id)") }
            Output.line("\(records.count) records")
        }
    }

    /// `vaktbok subject export --request ID [--format json|html] [--out FILE]`.
    struct Export: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "The subject's copy, for a verified request.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Request id.") var request: Int64
        @Option(help: "json or html.") var format = "json"
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func run(on store: AppDatabase) async throws {
            guard ["json", "html"].contains(format) else { throw CLIError("--format must be json or html") }
            let export = try await store.exportSubject(requestID: request, actor: CLIActor.audit, now: Date())
            let data = format == "html" ? Data(export.html().utf8) : try export.json()
            guard let out else { return FileHandle.standardOutput.write(data) }
            do { try data.write(to: URL(fileURLWithPath: out)) } catch { throw CLIError("cannot write \(out)") }
            FileHandle.standardError.write(Data("wrote \(export.records.count) records to \(out)\n".utf8))
        }
    }

    /// `vaktbok subject erase --request ID`.
    struct Erase: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Delete every record of a verified request's subject, then checkpoint the WAL.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Request id.") var request: Int64

        func run(on store: AppDatabase) async throws {
            let erased = try await store.eraseSubject(requestID: request, actor: CLIActor.audit, now: Date())
            Output.line(
                "erased \(erased.visits) visits, \(erased.groupMemberships) group places, \(erased.consents) consents, "
                    + "\(erased.pendingMessages) pending messages")
            if !erased.walCheckpointed {
                FileHandle.standardError.write(Data("a reader kept the WAL checkpoint from completing; run vaktbok purge to finish\n".utf8))
                throw ExitCode(75)
            }
        }
    }
}

extension RequestFilter: EnumerableFlag {}
