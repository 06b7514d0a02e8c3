import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTooling

@testable import VaktbokStore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("vaktbok purge and verify, run as the real binary", .timeLimit(.minutes(3)))
struct PurgeCLITests {
    @Test("residue canary: a purged visit's name and phone are nowhere in the raw files, with another connection open")
    func canary() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.checkIn("Kanarifugl Zqxjwy-Ørnulfsen", "+47 41 99 88 77", at: "2026-10-01T09:00:00Z")
        _ = try await seeded.checkIn("Marit Fersk", "+47 92 00 11 22", at: "2026-11-21T09:00:00Z")
        #expect(try seeded.rawOccurrences(of: "Zqxjwy") > 0, "the canary must be on disk before the purge")

        let result = try seeded.cli.run(["purge", "--now", "2026-11-22T03:15:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "deleted: audit_log 0, consent 0, group_member 0, host 0, host_contact 0, idempotency_key 0, invite 0, login_failure 0, outbox_message 1, print_job 0, roll_call_entry 0, school_group 0, scim_user 0, staff_session 0, subject_request 0, visit 1"
            ))
        #expect(result.stdout.contains("WAL checkpoint: truncated"))
        for needle in ["Zqxjwy", "Kanarifugl", "Ørnulfsen", "+4741998877", "41998877"] {
            #expect(try seeded.rawOccurrences(of: needle) == 0, "\(needle) is still in the files")
        }
        #expect(try seeded.rawOccurrences(of: "Marit Fersk") > 0)
        #expect(try await seeded.database.onSite(siteID: seeded.site.rowID).isEmpty)
    }

    @Test("a reader holding the WAL makes the purge exit 75; the next run completes and leaves no residue")
    func checkpointBusy() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.checkIn("Kanarifugl Qwpzx", "+47 41 99 88 66", at: "2026-10-01T09:00:00Z")
        let busy = try await seeded.database.pool.read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM visit")
            return try seeded.cli.run(["purge", "--now", "2026-11-22T03:15:00Z", "--checkpoint-attempts", "1"])
        }
        #expect(busy.status == 75)
        #expect(busy.stdout.contains("WAL checkpoint: busy") && busy.stderr.contains("try again later"))
        let retry = try seeded.cli.run(["purge", "--now", "2026-11-22T04:15:00Z"])
        #expect(retry.status == 0 && retry.stdout.contains("WAL checkpoint: truncated"))
        #expect(try seeded.rawOccurrences(of: "Qwpzx") == 0)
    }

    @Test("a second purge while one runs exits 75 at once")
    func concurrentRun() async throws {
        let seeded = try await SeededDatabase()
        let descriptor = open(seeded.cli.databasePath + ".purge-lock", O_CREAT | O_RDWR, 0o600)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        let result = try seeded.cli.run(["purge"])
        #expect(result.status == 75 && result.stderr.contains("another purge is running"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM purge_receipt") == "0")
    }

    @Test("bad options and a clock behind the stored data exit 1 with a message, changing nothing")
    func refusals() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.checkIn("Per Ærø", "91234567", at: "2026-11-22T10:00:00Z")
        let behind = try seeded.cli.run(["purge", "--now", "2026-11-22T09:00:00Z"])
        #expect(behind.status == 1 && behind.stderr.contains("behind a stored time"))
        for arguments in [
            ["--now", "yesterday"], ["--batch-size", "0"], ["--batch-size", "1001"], ["--pause-ms", "20000"], ["--batch-budget-ms", "0"],
            ["--batch-budget-ms", "1001"], ["--checkpoint-attempts", "0"],
        ] {
            let result = try seeded.cli.run(["purge"] + arguments)
            #expect(result.status == 1 && result.stderr.contains(arguments[0]), "\(arguments)")
        }
        #expect(try seeded.cli.sql("SELECT count(*) FROM purge_receipt") == "0")
    }

    @Test("dry run prints the counts and changes nothing")
    func dryRun() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.checkIn("Per Ærø", "91234567", at: "2026-10-01T10:00:00Z")
        let result = try seeded.cli.run(["purge", "--dry-run", "--now", "2026-11-22T03:15:00Z"])
        #expect(
            result.status == 0
                && result.stdout.contains(
                    "would delete: audit_log 0, consent 0, group_member 0, host 0, host_contact 0, idempotency_key 0, invite 0, login_failure 0, outbox_message 1, print_job 0, roll_call_entry 0, school_group 0, scim_user 0, staff_session 0, subject_request 0, visit 1"
                ))
        #expect(result.stdout.contains("automatic check-outs: 1"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM visit WHERE checked_out_at IS NULL") == "1")
        #expect(try seeded.cli.sql("SELECT count(*) FROM purge_receipt") == "0")
    }

    @Test("verify passes after runs and names the receipt edited by hand; overdue visits fail it")
    func verify() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.checkIn("Per Ærø", "91234567", at: "2026-10-01T10:00:00Z")
        let badNow = try seeded.cli.run(["verify", "--now", "i går"])
        #expect(badNow.status != 0 && badNow.stderr.contains("--now must be an ISO 8601 instant"))
        let overdue = try seeded.cli.run(["verify", "--now", "2026-11-22T03:15:00Z"])
        #expect(overdue.status != 0 && overdue.stderr.contains("1 visits at OSL are kept past their rule"))
        for night in ["2026-11-21T03:15:00Z", "2026-11-22T03:15:00Z"] {
            #expect(try seeded.cli.run(["purge", "--now", night]).status == 0)
        }
        let good = try seeded.cli.run(["verify", "--now", "2026-11-22T03:20:00Z"])
        #expect(good.status == 0 && good.stdout.contains("receipts: 2 checked, chain intact"))
        _ = try seeded.cli.sql("UPDATE purge_receipt SET payload = replace(payload, '\"visit\":1', '\"visit\":0') WHERE id = 1")
        let broken = try seeded.cli.run(["verify", "--now", "2026-11-22T03:20:00Z"])
        #expect(broken.status != 0 && broken.stderr.contains("receipt 1 does not match"))
    }

    @Test("the exact command line in jobs/vaktbok.cron purges a database")
    func cronLine() async throws {
        let seeded = try await SeededDatabase()
        _ = try await seeded.checkIn("Per Ærø", "91234567", at: "2020-01-01T10:00:00Z")
        let cron = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../jobs/vaktbok.cron"), encoding: .utf8)
        let lines = cron.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let schedule = try #require(lines.first { $0.first?.isNumber == true })
        let fields = schedule.split(separator: " ", maxSplits: 6)
        #expect(fields[5] == "vaktbok")
        let command = String(fields[6]).replacingOccurrences(of: "/usr/local/bin/vaktbok", with: VaktbokBinary.url.path)
        var environment = ProcessInfo.processInfo.environment
        for line in lines where line.contains("=") && line.first?.isNumber == false {
            let pair = line.split(separator: "=", maxSplits: 1)
            environment[String(pair[0])] = String(pair[1])
        }
        #expect(environment["VAKTBOK_DB"] == "/var/lib/vaktbok/vaktbok.sqlite")
        environment["VAKTBOK_DB"] = seeded.cli.databasePath
        let result = try seeded.cli.run(["/bin/sh", "-c", command], environment: environment, addDatabase: false, executable: "/bin/sh")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try seeded.cli.sql("SELECT count(*) FROM visit") == "0")
        #expect(try seeded.cli.sql("SELECT count(*) FROM purge_receipt") == "1")
    }

    @Test("check-ins keep succeeding while a purge deletes 100,000 expired visits")
    func checkInsDuringPurge() async throws {
        let seeded = try await SeededDatabase()
        let start = Date().addingTimeInterval(-60 * 86_400)
        try await seeded.database.insertSyntheticVisits(
            siteID: seeded.site.rowID, hostID: seeded.host.rowID, count: 100_000, from: start, spacing: 10)
        let purge = try seeded.cli.start(["purge"])
        var checkIns = 0
        while purge.isRunning {
            _ = try await seeded.database.checkIn(
                siteID: seeded.site.rowID, hostID: seeded.host.rowID, name: PersonName("Åse Ødegård"),
                phone: PhoneNumber("91234567"), badgeCode: .random(), staffID: nil, now: Date()
            )
            checkIns += 1
        }
        purge.waitUntilExit()
        #expect(purge.terminationStatus == 0)
        #expect(checkIns > 0)
        #expect(try await seeded.database.onSite(siteID: seeded.site.rowID).count == checkIns)
        #expect(try seeded.cli.sql("SELECT count(*) FROM visit") == "\(checkIns)")
    }
}
