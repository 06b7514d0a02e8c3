import Foundation
import GRDB
import Testing
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("serve checkpoints the WAL on a connection of its own, not inside a check-in's commit")
struct WALCheckpointerTests {
    @Test("serve's connections leave checkpoints to the checkpointer; a command's keep SQLite's automatic one")
    func automaticCheckpointOff() async throws {
        let inBackground = try Self.database(.inBackground)
        let onCommit = try Self.database(.onCommit)
        #expect(try await inBackground.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } == 0)
        #expect(try await inBackground.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } == 0)
        #expect(try await onCommit.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } == 1_000)
        #expect(onCommit.checkpointer == nil && inBackground.checkpointer != nil)
    }

    @Test("a few new pages wait; a thousand are copied into the database file after the commit", .timeLimit(.minutes(1)))
    func checkpointsAfterAThousandPages() async throws {
        let database = try Self.database(.inBackground)
        var outcomes = try #require(database.checkpointer).outcomes.makeAsyncIterator()
        try await Self.addPages(1, to: database)
        try await Self.addPages(1_100, to: database)
        let first = try #require(await outcomes.next())
        #expect(first.walFrames >= 1_101 && first.copiedFrames == first.walFrames)

        // The next commit starts the WAL over (nothing reads an older page); its few pages wait again.
        try await Self.addPages(1, to: database)
        try await Self.addPages(1_100, to: database)
        let second = try #require(await outcomes.next())
        #expect(second.walFrames >= 1_101 && second.walFrames < first.walFrames + 1_100)
    }

    @Test("the WAL file stays the size of one checkpoint's worth however much is written", .timeLimit(.minutes(1)))
    func walStaysBounded() async throws {
        let database = try Self.database(.inBackground)
        var outcomes = try #require(database.checkpointer).outcomes.makeAsyncIterator()
        for _ in 1...5 {
            try await Self.addPages(1_100, to: database)
            _ = await outcomes.next()
        }
        try await Self.addPages(1, to: database)
        let walBytes = try #require(try FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int)
        #expect(walBytes < 100 * 4_120)
    }

    @Test(
        "commits landing during every checkpoint keep the WAL from starting over by itself; it is restarted at the threshold",
        .timeLimit(.minutes(2)))
    func restartsUnderSteadyCommits() async throws {
        let database = try Self.database(.inBackground)
        var longest = 0
        for _ in 0..<2_500 {
            try await Self.addPages(16, to: database)
            let bytes = try #require(try FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int)
            longest = max(longest, bytes / 4_120)
        }
        #expect(longest >= WALCheckpointer.pageThreshold)
        #expect(longest < 2 * WALCheckpointer.restartThreshold)  // 40,000 pages are written in all
    }

    /// A fresh database whose WAL is checkpointed as `checkpointing` says.
    static func database(_ checkpointing: Checkpointing) throws -> AppDatabase {
        let path = TemporaryFolder.make("checkpoint").appendingPathComponent("test.sqlite").path
        return try AppDatabase(path: path, checkpointing: checkpointing)
    }

    /// Commits about `pages` new pages: rows of random bytes, each nearly a page, in a scratch table.
    static func addPages(_ pages: Int, to database: AppDatabase) async throws {
        try await database.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS scratch (bytes BLOB)")
            for _ in 0..<pages { try db.execute(sql: "INSERT INTO scratch VALUES (randomblob(4000))") }
        }
    }
}
