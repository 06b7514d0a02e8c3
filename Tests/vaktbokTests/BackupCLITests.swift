import Foundation
import GRDB
import Testing
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("vaktbok backup, migrate and restore keep the retention promise", .timeLimit(.minutes(2)))
struct BackupCLITests {
    @Test("no backup outlives the window: the canary's backup is deleted, the receipt names the oldest kept, restore checks first")
    func backupPurgeRestore() async throws {
        let folder = TemporaryFolder.make("backups").path
        let cli: VaktbokBinary
        do {
            let seeded = try await SeededDatabase()
            cli = seeded.cli
            _ = try await seeded.checkIn("Kanarifugl Bakkeløkken-Ødegård", "+47 41 99 88 66", at: "2026-11-01T09:00:00Z")
        }
        let old = folder + "/vaktbok-20261101T120000Z.sqlite"
        let first = try cli.run(["backup", "--to", folder, "--now", "2026-11-01T12:00:00Z"])
        #expect(first.status == 0 && first.stdout.contains("wrote \(old)"), "\(first.stderr)")
        #expect(try RawFiles.occurrences(of: "Kanarifugl", databasePath: old) > 0, "the canary is in the first backup")
        #expect((try FileManager.default.attributesOfItem(atPath: old)[.posixPermissions] as? Int) == 0o600)

        let purge = try cli.run(["purge", "--now", "2026-11-21T03:15:00Z"])
        #expect(purge.status == 0 && purge.stdout.contains("oldest backup kept: 2026-11-01T12:00:00Z"), "\(purge.stdout)")
        #expect(try RawFiles.occurrences(of: "Kanarifugl", databasePath: cli.databasePath) == 0)

        let second = try cli.run(["backup", "--to", folder, "--now", "2026-11-21T04:00:00Z"])
        #expect(second.stdout.contains("deleted vaktbok-20261101T120000Z.sqlite: older than 11 days"), "\(second.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["vaktbok-20261121T040000Z.sqlite"])
        let kept = folder + "/vaktbok-20261121T040000Z.sqlite"
        #expect(try RawFiles.occurrences(of: "Kanarifugl", databasePath: kept) == 0, "no copy of the purged visit is left")

        let next = try cli.run(["purge", "--now", "2026-11-22T03:15:00Z"])
        #expect(next.stdout.contains("oldest backup kept: 2026-11-21T04:00:00Z"))
        let receipt = try await DatabaseQueue(path: cli.databasePath).read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM purge_receipt ORDER BY id DESC LIMIT 1") ?? ""
        }
        #expect(receipt.contains("\"oldestBackupKept\":\"2026-11-21T04:00:00Z\""), "\(receipt)")

        let live = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let unconfirmed = try cli.run(["restore", "--from", kept])
        #expect(unconfirmed.status != 0 && unconfirmed.stderr.contains("pass --replace"))
        let damaged = folder + "/damaged.sqlite"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: kept))
        bytes.replaceSubrange(4_096..<12_288, with: Data(repeating: 0x5A, count: 8_192))
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let refused = try cli.run(["restore", "--from", damaged, "--replace"])
        #expect(refused.status != 0 && refused.stderr.contains("the backup"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)) == live, "a refused restore leaves the database as it was")

        do {
            let open = try DatabasePool(path: cli.databasePath)
            _ = try await open.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM visit") }
            let busy = try cli.run(["restore", "--from", kept, "--replace"])
            #expect(busy.status != 0 && busy.stderr.contains("is in use"), "\(busy.stderr)")
        }
        let restored = try cli.run(["restore", "--from", kept, "--replace"])
        #expect(restored.status == 0 && restored.stdout.contains("integrity ok"), "\(restored.stderr)")
        #expect(try cli.run(["verify", "--now", "2026-11-22T03:15:00Z"]).status == 0)
    }

    @Test("the folder's files are the truth: private folder, foreign files kept, clock checked, restore then prune, lost erasures refused")
    func backupFolderAndErasures() async throws {
        let folder = TemporaryFolder.make("backup-folder").path
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        try "kvitteringer fra IT".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let cli: VaktbokBinary
        do {
            let seeded = try await SeededDatabase()
            cli = seeded.cli
            _ = try await seeded.checkIn("Kanarifugl Slettesen-Ås", "+47 41 55 66 77", at: Date().addingTimeInterval(-3_600).ISO8601Format())
        }
        #expect(try cli.run(["backup", "--to", folder, "--now", "2026-11-01T05:00:00Z"]).status == 0)
        #expect(try cli.run(["backup", "--to", folder, "--now", "2026-11-05T05:00:00Z"]).status == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int) == 0o700)
        let behind = try cli.run(["backup", "--to", folder, "--now", "2026-11-03T05:00:00Z"])
        #expect(behind.status != 0 && behind.stderr.contains("the clock is behind a stored time (2026-11-05T05:00:00Z)"), "\(behind.stderr)")

        let registered = try cli.run(["subject", "register", "--type", "erase", "--phone", "41556677"])
        let request = registered.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try cli.run(["subject", "verify", "--request", request, "--method", "ID card checked", "--covers", "phone"]).status == 0)
        #expect(try cli.run(["subject", "erase", "--request", request]).status == 0)
        let first = folder + "/vaktbok-20261101T050000Z.sqlite"
        let refused = try cli.run(["restore", "--from", first, "--replace"])
        #expect(refused.status != 0 && refused.stderr.contains("erasures were done after this backup was taken (request \(request))"))
        #expect(try RawFiles.occurrences(of: "Slettesen", databasePath: cli.databasePath) == 0, "the refusal kept the erasure")
        let accepted = try cli.run(["restore", "--from", first, "--replace", "--accept-lost-erasures"])
        #expect(accepted.status == 0 && accepted.stdout.contains("the erasures of request \(request) are undone"), "\(accepted.stderr)")

        let later = try cli.run(["backup", "--to", folder, "--now", "2026-11-20T05:00:00Z"])
        #expect(later.stdout.contains("deleted vaktbok-20261101T050000Z.sqlite") && later.stdout.contains("deleted vaktbok-20261105T050000Z.sqlite"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["notes.txt", "vaktbok-20261120T050000Z.sqlite"])
    }

    @Test("migrate --check says whether an upgrade would change the schema; migrate applies it; a newer schema is refused")
    func migrateCheck() async throws {
        let cli = VaktbokBinary()
        let absent = try cli.run(["migrate", "--check"])
        #expect(absent.status == 2 && absent.stdout.contains("no database at"))
        try AppDatabase.migrator.migrate(try DatabaseQueue(path: cli.databasePath), upTo: "v7-subject-requests")
        let behind = try cli.run(["migrate", "--check"])
        #expect(behind.status == 2 && behind.stdout.contains("an upgrade would apply: v8-boundaries, v9-backups"), "\(behind.stdout)")
        #expect(try cli.run(["migrate", "--check"]).status == 2, "--check changes nothing")
        let fresh = VaktbokBinary()
        #expect(try fresh.run(["migrate"]).status == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: fresh.databasePath)[.posixPermissions] as? Int) == 0o600, "a new database is 0600")
        let applied = try cli.run(["migrate"])
        #expect(applied.status == 0 && applied.stdout.contains("applied: v8-boundaries, v9-backups"))
        #expect(try cli.run(["migrate", "--check"]).stdout.contains("schema up to date"))
        try await DatabaseQueue(path: cli.databasePath).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
        }
        for command in [["migrate", "--check"], ["serve", "--port", "0"], ["purge"]] {
            let refused = try cli.run(command)
            #expect(refused.status != 0 && refused.stderr.contains("upgraded by a newer Vaktbok (v99-future)"), "\(command): \(refused.stderr)")
        }
    }
}
