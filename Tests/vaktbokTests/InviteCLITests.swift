import Foundation
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("vaktbok invite add, list, reschedule, cancel and import, run as the real binary", .timeLimit(.minutes(3)))
struct InviteCLITests {
    let now = ["--now", "2026-11-22T09:00:00Z"]

    @Test("add prints the id and queues the SMS with its link; a repeat sends nothing; bad input exits 1 with the option named")
    func add() async throws {
        let seeded = try await SeededDatabase()
        let arguments = [
            "invite", "add", "--site", "OSL", "--name", "Øydis Fjærli-Åsen", "--phone", "412 34 567", "--host", "\(seeded.host.rowID)",
            "--date", "2026-11-24", "--from", "09:00", "--until", "10:30", "--public-url", "https://vaktbok.example.no/",
        ]
        let added = try seeded.cli.run(arguments + now)
        #expect(added.status == 0 && added.stdout == "invite 1\n", "\(added.stderr)")
        #expect(try seeded.cli.sql("SELECT body FROM outbox_message").contains("24.11.2026 kl. 09:00–10:30"))
        #expect(try seeded.cli.sql("SELECT body FROM outbox_message").contains("https://vaktbok.example.no/invite.html#code="))
        #expect(try seeded.cli.run(arguments + now).stdout == "invite 1 (already there, nothing sent)\n")
        #expect(try seeded.cli.sql("SELECT count(*) FROM outbox_message") == "1")
        for (option, value, message) in [
            ("--date", "2026-11-21", "--date must be today (2026-11-22) or later"), ("--phone", "12", "--phone must be"),
            ("--until", "08:00", "--until must be later than from"), ("--public-url", "ftp://x", "--public-url must be"),
        ] {
            let changed = arguments.enumerated().map { $0.offset > 0 && arguments[$0.offset - 1] == option ? value : $0.element }
            let refused = try seeded.cli.run(changed + now)
            #expect(refused.status == 1 && refused.stderr.contains(message), "\(option): \(refused.stderr)")
        }
        #expect(try seeded.cli.sql("SELECT count(*) FROM invite") == "1")
        let list = try seeded.cli.run(["invite", "list", "--site", "OSL", "--date", "2026-11-24"])
        #expect(list.stdout == "1\t09:00–10:30\texpected\thost \(seeded.host.rowID)\tØydis Fjærli-Åsen\n")
        let moved = try seeded.cli.run(["invite", "reschedule", "1", "--date", "2026-11-25"] + now)
        #expect(moved.status == 0 && moved.stdout == "invite 1 moved to 2026-11-25\n")
        #expect(try seeded.cli.run(["invite", "cancel", "1"] + now).stdout == "invite 1 cancelled\n")
        #expect(try seeded.cli.run(["invite", "cancel", "1"] + now).stderr.contains("no such invite"))
        #expect(try seeded.cli.sql("SELECT action FROM audit_log ORDER BY id") == "invite-created\ninvite-rescheduled\ninvite-cancelled")
    }

    @Test("import: Norwegian headers, first and last name, phone in any format; bad rows exit 65 with line and reason; a dry run sends nothing")
    func importGuests() async throws {
        let seeded = try await SeededDatabase()
        let arguments =
            [
                "invite", "import", Fixtures.list("event-guests.csv"), "--site", "OSL", "--date", "2026-11-26", "--host", "\(seeded.host.rowID)",
            ] + now
        let dry = try seeded.cli.run(arguments + ["--dry-run"])
        #expect(dry.status == 65 && dry.stdout.contains("dry run, nothing stored or sent: invited 3, existing 0, rejected 2"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM invite") == "0" && seeded.cli.sql("SELECT count(*) FROM outbox_message") == "0")

        let result = try seeded.cli.run(arguments)
        #expect(result.status == 65)
        #expect(result.stdout.contains("line 2\tinvited\tÅse Bø-Sæther\t\n"))
        #expect(result.stdout.contains("line 3\trejected\tPer Ærø\tphone must be"))
        #expect(result.stdout.contains("line 4\trejected\tLise Lie\tphone already on line 2\n"))
        #expect(result.stdout.contains("line 7\tinvited\tMaximiliane Henriette Sophie von Løwenstein-Wertheim-Freudenberg"))
        #expect(result.stdout.contains("ignored columns: avdeling"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM invite") == "3" && seeded.cli.sql("SELECT count(*) FROM outbox_message") == "5")
        let again = try seeded.cli.run(arguments)
        #expect(again.stdout.contains("invited 0, existing 3, rejected 2"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM outbox_message") == "5", "nothing sent twice")

        let refused = try seeded.cli.run(arguments.map { $0 == "2026-11-26" ? "2026-11-01" : $0 })
        #expect(refused.status == 1 && refused.stderr.contains("--date must be today"))
        let missing = try seeded.cli.run(arguments.map { $0 == Fixtures.list("event-guests.csv") ? "/no/such/file.csv" : $0 })
        #expect(missing.status == 1 && missing.stderr.contains("cannot read"))
        let noHost = try seeded.cli.run(arguments.map { $0 == "\(seeded.host.rowID)" ? "999" : $0 })
        #expect(noHost.status == 1 && noHost.stderr.contains("no such host"), "the host is checked once, before any row")
    }

    @Test("a no-show's invite, its SMS and e-mail with the calendar file are purged when the day is over: the canary is gone from the raw files")
    func noShowPurged() async throws {
        let seeded = try await SeededDatabase()
        let invited = try seeded.cli.run(
            [
                "invite", "add", "--site", "OSL", "--name", "Kanarifugl Zqxjwy-Ørnulfsen", "--phone", "41998877", "--email", "zqxjwy@example.no",
                "--host", "\(seeded.host.rowID)", "--date", "2026-11-22",
            ] + now)
        #expect(invited.status == 0, "\(invited.stderr)")
        #expect(try seeded.rawOccurrences(of: "Zqxjwy") > 0, "the canary must be on disk before the purge")
        let early = try seeded.cli.run(["purge", "--now", "2026-11-22T22:30:00Z"])
        #expect(early.stdout.contains("invite 0,"), "the invite lives to the end of its local day")
        let result = try seeded.cli.run(["purge", "--now", "2026-11-23T03:15:00Z"])
        #expect(result.status == 0 && result.stdout.contains("invite 1,"), "\(result.stdout)")
        #expect(result.stdout.contains("WAL checkpoint: truncated"))
        for needle in ["Zqxjwy", "zqxjwy", "Kanarifugl", "Ørnulfsen", "+4741998877"] {
            #expect(try seeded.rawOccurrences(of: needle) == 0, "\(needle) is still in the files")
        }
        #expect(try seeded.cli.run(["verify"]).status == 0)
    }
}
