import Foundation
import GRDB
import Testing
import VaktbokCore
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
        for _ in 1...5 { try await Self.addPages(100, to: database) }  // about 600 frames in all
        try await Self.addPages(1_100, to: database)
        let first = try #require(await outcomes.next())
        #expect(first.walFrames >= 1_600 && first.copiedFrames == first.walFrames)

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
        #expect(try Self.walPages(of: database) < 100)
    }

    @Test(
        "commits landing during every checkpoint keep the WAL from starting over by itself; it is restarted at the threshold",
        .timeLimit(.minutes(2)))
    func restartsUnderSteadyCommits() async throws {
        let database = try Self.database(.inBackground)
        var longest = 0
        for _ in 0..<2_500 {
            try await Self.addPages(16, to: database)
            longest = max(longest, try Self.walPages(of: database))
        }
        #expect(longest >= WALCheckpointer.pageThreshold)
        #expect(longest < 2 * WALCheckpointer.restartThreshold)  // 40,000 pages are written in all
    }

    @Test("a reader that still needs older pages is not waited for: no RESTART is tried, the copy goes on", .timeLimit(.minutes(2)))
    func noRestartPastAReader() async throws {
        let database = try Self.database(.inBackground)
        var outcomes = try #require(database.checkpointer).outcomes.makeAsyncIterator()
        try await Self.addPages(1, to: database)
        var readerConfiguration = Configuration()
        readerConfiguration.allowsUnsafeTransactions = true  // the read stays open across the writes below
        let reader = try DatabaseQueue(path: database.path, configuration: readerConfiguration)
        try reader.inDatabase { db in
            try db.execute(sql: "BEGIN DEFERRED")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM scratch")
        }
        for _ in 0...(WALCheckpointer.restartThreshold / 1_000) { try await Self.addPages(1_000, to: database) }
        var outcome = try #require(await outcomes.next())
        while outcome.walFrames < WALCheckpointer.restartThreshold { outcome = try #require(await outcomes.next()) }
        #expect(outcome.copiedFrames < outcome.walFrames)
        try reader.inDatabase { db in try db.execute(sql: "COMMIT") }
    }

    @Test("a WAL another process truncated is counted afresh, though it grows longer than before", .timeLimit(.minutes(1)))
    func walTruncatedElsewhere() async throws {
        let database = try Self.database(.inBackground)
        var outcomes = try #require(database.checkpointer).outcomes.makeAsyncIterator()
        try await Self.addPages(1_100, to: database)
        let first = try #require(await outcomes.next())
        #expect(try await AppDatabase(path: database.path).checkpoint(attempts: 1) == .truncated)
        // Only its salts tell this WAL from the last: it is longer, by fewer than 1,000 pages.
        try await Self.addPages(first.walFrames + 200, to: database)
        #expect(try #require(await outcomes.next()).walFrames >= first.walFrames + 200)
    }

    @Test("a database opened through a symbolic link is checkpointed: the WAL is named after the file it points to", .timeLimit(.minutes(1)))
    func symbolicLink() async throws {
        let folder = TemporaryFolder.make("checkpoint-link")
        let real = folder.appendingPathComponent("real.sqlite").path
        let link = folder.appendingPathComponent("link.sqlite").path
        _ = try AppDatabase(path: real)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let database = try AppDatabase(path: link, checkpointing: .inBackground)
        var outcomes = try #require(database.checkpointer).outcomes.makeAsyncIterator()
        try await Self.addPages(1_100, to: database)
        #expect(try #require(await outcomes.next()).walFrames >= 1_100)
    }

    @Test("erasure's TRUNCATE checkpoint succeeds in serve while check-ins commit and background checkpoints run")
    func truncateWaitsItsTurn() async throws {
        let database = try Self.database(.inBackground)
        let results = try await withThrowingTaskGroup(of: [CheckpointResult].self) { group in
            group.addTask {
                for _ in 1...20 { try await Self.addPages(600, to: database) }
                return []
            }
            group.addTask {
                var results: [CheckpointResult] = []
                for _ in 1...20 { results.append(try await database.checkpoint(attempts: 1)) }
                return results
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(results == Array(repeating: .truncated, count: 20))
    }

    /// A fresh database whose WAL is checkpointed as `checkpointing` says.
    static func database(_ checkpointing: Checkpointing) throws -> AppDatabase {
        let path = TemporaryFolder.make("checkpoint").appendingPathComponent("test.sqlite").path
        return try AppDatabase(path: path, checkpointing: checkpointing)
    }

    /// Pages in `database`'s WAL file by its size (4,096-byte pages, each with a 24-byte frame header).
    static func walPages(of database: AppDatabase) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int) / 4_120
    }

    /// Commits about `pages` new pages: rows of random bytes, each nearly a page, in a scratch table.
    static func addPages(_ pages: Int, to database: AppDatabase) async throws {
        try await database.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS scratch (bytes BLOB)")
            for _ in 0..<pages { try db.execute(sql: "INSERT INTO scratch VALUES (randomblob(4000))") }
        }
    }
}
