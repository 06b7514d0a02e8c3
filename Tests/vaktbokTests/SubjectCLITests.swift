import Foundation
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("vaktbok subject, run as the real binary", .timeLimit(.minutes(2)))
struct SubjectCLITests {
    @Test("register, refuse the unverified export, verify, find, export to a file, erase: the raw files hold nothing of the subject")
    func terminalFlow() async throws {
        let seeded = try await SeededDatabase()
        let now = Date()
        _ = try await seeded.checkIn("Kanarifugl Zqxjwy-Ørnulfsen", "+47 41 99 88 77", at: now.ISO8601Format())
        _ = try await seeded.checkIn("Kanarifugl Zqxjwy-Ørnulfsen", "+47 92 00 11 22", at: now.ISO8601Format())
        let registered = try seeded.cli.run([
            "subject", "register", "--type", "erase", "--phone", "41998877", "--name", "KANARIFUGL zqxjwy-ørnulfsen",
        ])
        #expect(registered.status == 0, "\(registered.stderr)")
        let id = registered.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let unverified = try seeded.cli.run(["subject", "export", "--request", id])
        #expect(unverified.status == 1 && unverified.stderr.contains("not verified"))
        #expect(
            try seeded.cli.run(["subject", "verify", "--request", id, "--method", "ID card checked at reception", "--covers", "phone,name"]).status
                == 0)
        let found = try seeded.cli.run(["subject", "find", "--request", id])
        #expect(found.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("visit ") }.count == 1, "\(found.stdout)")
        #expect(found.stdout.contains("pending sms") && found.stdout.contains("2 records"))
        let file = TemporaryFolder.make("export").appendingPathComponent("export.json")
        let export = try seeded.cli.run(["subject", "export", "--request", id, "--out", file.path])
        #expect(export.status == 0 && export.stderr.contains("wrote"))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let exported = try decoder.decode(SubjectExport.self, from: Data(contentsOf: file))
        #expect(exported.format == "vaktbok-subject-export/1" && exported.records.visits.map(\.phone) == ["+4741998877"])

        let erased = try seeded.cli.run(["subject", "erase", "--request", id])
        #expect(erased.status == 0 && erased.stdout.contains("erased 1 visits"))
        #expect(try seeded.rawOccurrences(of: "+4741998877") == 0)
        #expect(try seeded.rawOccurrences(of: "+4792001122") > 0, "the namesake with another phone stays")
        let listed = try seeded.cli.run(["subject", "requests", "--all"])
        #expect(listed.stdout.contains("\(id)\terase") && listed.stdout.contains("verified"))
        let overdue = try seeded.cli.run(["subject", "requests", "--overdue", "--now", now.addingTimeInterval(40 * 86_400).ISO8601Format()])
        #expect(overdue.stdout.contains("OVERDUE"))

        _ = try await seeded.database.closeRequest(
            id: try #require(Int64(id)), outcome: "erased", actor: AuditActor(label: "test", siteID: nil), now: now)
        let kept = try seeded.cli.run(["purge", "--now", now.addingTimeInterval(300 * 86_400).ISO8601Format()])
        #expect(kept.stdout.contains("subject_request 0"))
        let purged = try seeded.cli.run(["purge", "--now", now.addingTimeInterval(366 * 86_400).ISO8601Format()])
        #expect(purged.stdout.contains("subject_request 1"), "closed requests go a year after closing")
    }

    @Test(
        "bad arguments print one clear line, exit 1 and store nothing",
        arguments: [
            (["subject", "register", "--type", "delete", "--phone", "91234567"], "--type must be one of"),
            (["subject", "register", "--type", "erase"], "--subject must give at least one of phone, email and name"),
            (["subject", "register", "--type", "erase", "--phone", "91234567", "--received", "2999-01-01"], "--received must not be in the future"),
            (["subject", "verify", "--request", "1", "--method", "ok", "--covers", "phone"], "--method must be 3 to 200 characters on one line"),
            (["subject", "verify", "--request", "1", "--method", "ID card", "--covers", "passport"], "--covers must list phone, email and/or name"),
            (
                ["subject", "verify", "--request", "1", "--method", "ID card", "--covers", "email"],
                "covers must name which of the request's identifiers"
            ),
            (["subject", "export", "--request", "1", "--format", "csv"], "--format must be json or html"),
            (["subject", "erase", "--request", "42"], "no such request"),
            (["hold", "add", "--visit", "1", "--reason", "case 7", "--until", "31.12.2027"], "--until must be a date written yyyy-MM-dd"),
            (
                ["consent", "mail", "--subject", " ", "--body-file", "/dev/null", "--public-url", "https://v.example.no"],
                "--subject must be one line"
            ),
            (["consent", "mail", "--subject", "Hei", "--body-file", "/no/such/file", "--public-url", "https://v.example.no"], "--body-file must be"),
            (["purge", "--request-retention-days", "5"], "--request-retention-days must be between 30 and 3650"),
        ])
    func badArguments(arguments: [String], message: String) async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.database.registerRequest(
            type: .access, subject: SubjectIdentifiers(phone: "91234567", email: nil, name: nil), siteID: nil, receivedAt: Date(),
            actor: AuditActor(label: "test", siteID: nil), now: Date()
        )
        let result = try seeded.cli.run(arguments)
        #expect(result.status == 1 && result.stderr.contains(message), "\(result.stderr)")
        #expect(try seeded.cli.sql("SELECT count(*) FROM subject_request") == "1")
        #expect(try seeded.cli.sql("SELECT count(*) FROM hold") == "0")
    }
}
