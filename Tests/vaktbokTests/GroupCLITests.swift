import Foundation
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("vaktbok group import, consent mail and their purge rules, run as the real binary", .timeLimit(.minutes(3)))
struct GroupCLITests {
    func importArguments(_ fixture: String, _ seeded: SeededDatabase, extra: [String] = []) -> [String] {
        [
            "group", "import", Fixtures.list(fixture), "--site", "OSL", "--date", "2026-12-03", "--school", "Hartvig Nissen vgs",
            "--host", "\(seeded.host.rowID)", "--now", "2026-11-22T09:00:00Z",
        ] + extra
    }

    @Test("a clean list exits 0; a dry run stores nothing; a list with bad rows exits 65 and prints each rejection")
    func importExitCodes() async throws {
        let seeded = try await SeededDatabase()
        let dry = try seeded.cli.run(importArguments("tab-separated.txt", seeded, extra: ["--dry-run"]))
        #expect(dry.status == 0 && dry.stdout.contains("dry run, nothing stored: new group: imported 2"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM group_member") == "0")

        let clean = try seeded.cli.run(importArguments("tab-separated.txt", seeded))
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("line 2\timported\tTrine Blåbærsyltetøy\tpupil"))
        #expect(clean.stdout.contains("ignored columns: klasse"))
        let again = try seeded.cli.run(importArguments("tab-separated.txt", seeded))
        #expect(again.stdout.contains("imported 0, updated 0, unchanged 2, rejected 0"))

        let bad = try seeded.cli.run(importArguments("duplicates-and-invalid.csv", seeded))
        #expect(bad.status == 65)
        #expect(bad.stdout.contains("line 3\trejected\tOLA nordmann\tduplicate of line 1"))
        #expect(bad.stdout.contains("imported 2, updated 0, unchanged 0, rejected 6"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM group_member") == "4")
    }

    @Test("an oversized list, a missing file and a past date exit 1 with a message and store nothing")
    func refusedLists() async throws {
        let seeded = try await SeededDatabase()
        let oversized = try seeded.cli.run(importArguments("oversized-2001-rows.txt", seeded))
        #expect(oversized.status == 1 && oversized.stderr.contains("has 2001 rows; at most 2000 are allowed"))
        let missing = try seeded.cli.run(importArguments("no-such-file.csv", seeded))
        #expect(missing.status == 1 && missing.stderr.contains("cannot read"))
        let past = try seeded.cli.run(importArguments("plain-list.txt", seeded).map { $0 == "2026-12-03" ? "2026-11-01" : $0 })
        #expect(past.status == 1 && past.stderr.contains("--date is in the past"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM school_group") == "0")
    }

    @Test("consent mail: three mails per consent, the fourth refused and counted; every mail has the withdrawal link")
    func fourthMailRefused() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.database.addConsent(
            NewConsent(name: PersonName("Siv Åkerø"), email: EmailAddress("siv@example.no"), school: SchoolName("Elvebakken vgs"), giver: .pupil),
            siteID: seeded.site.rowID, actor: "test", now: Date()
        )
        let body = TemporaryFolder.make("mail").appendingPathComponent("body.txt")
        try "Vi har ledige læreplasser i 2027.".write(to: body, atomically: true, encoding: .utf8)
        let arguments = ["consent", "mail", "--subject", "Læreplass", "--body-file", body.path, "--public-url", "https://vaktbok.example.no/"]
        for _ in 1...3 { #expect(try seeded.cli.run(arguments).stdout.contains("queued 1 e-mails; refused 0")) }
        let fourth = try seeded.cli.run(arguments)
        #expect(fourth.status == 0 && fourth.stdout.contains("queued 0 e-mails; refused 1"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM outbox_message WHERE body LIKE '%https://vaktbok.example.no/withdraw.html#token=%'") == "3")
        let noURL = try seeded.cli.run(Array(arguments.dropLast(2)), environment: [:])
        #expect(noURL.status == 1 && noURL.stderr.contains("withdrawal link"))
    }

    @Test("purge: members who never arrived go when the day is over, arrived ones with their visit; expired consents go")
    func purgeRules() async throws {
        let seeded = try await SeededDatabase()
        let at = { (text: String) in try Date(text, strategy: .iso8601) }
        let imported = try await seeded.database.importGroup(
            GroupImport(
                siteID: seeded.site.rowID, date: CalendarDate("2026-11-20"), school: SchoolName("Elvebakken vgs"), hostID: seeded.host.rowID,
                contactPhone: PhoneNumber("41234567"), list: NameList(bytes: Array("Ola Zqxjwy\nKari Nord\nPer Sør\n".utf8)), dryRun: false,
                actor: "test"
            ), now: try at("2026-11-19T12:00:00Z"))
        let member = try await seeded.database.group(id: imported.group.rowID, siteID: nil).members[0].record.rowID
        _ = try await seeded.database.arrive(
            groupID: imported.group.rowID, memberIDs: [member], siteID: nil, contactPhone: nil, staffID: nil, now: try at("2026-11-20T08:00:00Z"))
        _ = try await seeded.database.addConsent(
            NewConsent(
                name: PersonName("Siv Kanarifugl"), email: EmailAddress("siv@example.no"), school: SchoolName("Elvebakken vgs"), giver: .guardian),
            siteID: seeded.site.rowID, actor: "test", now: try at("2025-11-20T12:00:00Z")
        )

        let first = try seeded.cli.run(["purge", "--now", "2026-11-21T03:00:00Z"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout.contains(
                "consent 1, group_member 2, host 0, host_contact 0, idempotency_key 0, invite 0, login_failure 0, outbox_message 0, print_job 0, roll_call_entry 0, school_group 0, scim_user 0"
            ))
        #expect(try seeded.cli.sql("SELECT name FROM group_member") == "Ola Zqxjwy")
        #expect(try seeded.rawOccurrences(of: "Kanarifugl") == 0 && seeded.rawOccurrences(of: "Per Sør") == 0)

        let later = try seeded.cli.run(["purge", "--now", "2026-12-02T03:00:00Z"])
        #expect(
            later.stdout.contains(
                "group_member 1, host 0, host_contact 0, idempotency_key 0, invite 0, login_failure 0, outbox_message 1, print_job 0, roll_call_entry 0, school_group 1, scim_user 0"
            )
                && later.stdout.contains("visit 1"),
            "\(later.stdout)")
        #expect(try seeded.cli.sql("SELECT count(*) FROM group_member") == "0")
        #expect(try seeded.rawOccurrences(of: "Zqxjwy") == 0)
        #expect(try seeded.rawOccurrences(of: "+4741234567") == 0)
    }
}
