import Foundation
import GRDB

/// Who copies a process's WAL pages into the database file.
public enum Checkpointing: Sendable {
    /// SQLite's automatic checkpoint, inside the commit that finds the WAL past 1,000 pages: for short-lived commands.
    case onCommit
    /// A `WALCheckpointer` on a connection of its own, after commits: for `serve`, whose commits are the desk's.
    case inBackground
}

/// Runs `serve`'s WAL checkpoints on a connection of its own, off the request path. SQLite's automatic checkpoint
/// runs inside whichever commit finds the WAL past 1,000 pages, and while a purge in another process filled the WAL
/// that was mostly a check-in: it copied the purge's pages and synced both files while the desk's other check-ins
/// queued behind the one writer (BENCHMARKS.md, "Check-ins during a large purge").
package final class WALCheckpointer: Sendable {
    /// What one checkpoint found and did.
    package struct Outcome: Sendable {
        /// Frames in the WAL.
        package let walFrames: Int
        /// Frames copied into the database file so far (all of them, unless a reader still needs older pages).
        package let copiedFrames: Int
    }

    /// New WAL pages that call for a checkpoint: the number SQLite's automatic checkpoint waits for.
    package static let pageThreshold = 1_000
    /// A WAL this long has not started over: commits landed during every checkpoint, so none found it wholly copied
    /// (a writer starts the WAL over only then), and under a steady load it would grow without end.
    package static let restartThreshold = 16 * pageThreshold

    /// Every checkpoint's outcome, newest kept if nobody reads them: for tests.
    package let outcomes: AsyncStream<Outcome>
    /// Taken by each checkpoint of this process, background or TRUNCATE, so that none finds another holding
    /// SQLite's checkpoint lock (SQLite answers busy at once, without waiting).
    let turn = CheckpointTurn()
    private let wakeUps: AsyncStream<Void>.Continuation

    /// Opens the checkpoint connection to the database at `path` and starts waiting for `walGrew()`.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .callback(Self.waitBriefly)
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        // The WAL's name as SQLite makes it: the database file's full path, symbolic links resolved, and "-wal".
        let (file, pageSize) = try connection.read { db in
            (try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'"), try Int.fetchOne(db, sql: "PRAGMA page_size"))
        }
        let wal = WALFile(path: (file ?? path) + "-wal", pageSize: pageSize ?? 4_096)
        let (wakeUpStream, wakeUps) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let (outcomes, outcomeSink) = AsyncStream.makeStream(of: Outcome.self, bufferingPolicy: .bufferingNewest(16))
        self.wakeUps = wakeUps
        self.outcomes = outcomes
        let turn = turn
        Task.detached(priority: .utility) {
            var atLastCheckpoint = WALFile.State.empty
            for await _ in wakeUpStream {
                let now = wal.state()
                // A WAL started over (new salts, or shorter) since the last checkpoint: all its frames are new.
                let restarted = now.generation != atLastCheckpoint.generation || now.frames < atLastCheckpoint.frames
                guard (restarted ? now.frames : now.frames - atLastCheckpoint.frames) >= Self.pageThreshold else { continue }
                // Busy (another process checkpointing): tried again at the next commit.
                guard let done = await turn.exclusively({ await Self.checkpoint(connection) }) else { continue }
                atLastCheckpoint = wal.state()
                outcomeSink.yield(done)
            }
            outcomeSink.finish()
        }
    }

    /// Copies the WAL without stopping writers (PASSIVE). When that copied all of a WAL that has reached
    /// `restartThreshold`, a RESTART follows: it holds writers off while it copies what was committed meanwhile,
    /// syncs, and waits (`waitBriefly`) for readers of the WAL, so that the next commit starts it over; a reader
    /// that still needs older pages makes it pointless, so it is not tried then. Nil when the PASSIVE failed (another
    /// process checkpointing, an I/O error).
    private static func checkpoint(_ connection: DatabaseQueue) async -> Outcome? {
        try? await connection.writeWithoutTransaction { db in
            let passive = try db.checkpoint(.passive)
            let wholly = passive.checkpointedFrameCount == passive.walFrameCount
            let done = wholly && passive.walFrameCount >= restartThreshold ? (try? db.checkpoint(.restart)) ?? passive : passive
            return Outcome(walFrames: done.walFrameCount, copiedFrames: done.checkpointedFrameCount)
        }
    }

    /// How the checkpoint connection waits in a RESTART for the writer lock and for readers: 200 looks 0.1 ms apart
    /// (20-30 ms with the sleeps' slack), then it gives up until the next time. Check-ins wait while a RESTART is
    /// pending, and a long read must not hold them for the 5 s a writer waits (`AppDatabase.waitForLock`).
    static let waitBriefly: Database.BusyCallback = { tries in
        guard tries < 200 else { return false }
        usleep(100)
        return true
    }

    /// Tells the checkpointer that a commit has added to the WAL; it checkpoints once 1,000 pages are new.
    func walGrew() {
        wakeUps.yield()
    }

    deinit {
        wakeUps.finish()
    }
}

/// A database's `-wal` file: how long it is and which start of it.
private struct WALFile: Sendable {
    /// The WAL's salts (new whenever a writer of any process starts it over) and its length in frames.
    struct State: Sendable {
        let generation: UInt64
        let frames: Int

        /// No file, or no frame in it yet.
        static let empty = State(generation: 0, frames: 0)
    }

    let path: String
    let pageSize: Int

    /// The state from the file's 32-byte header (bytes 16-23: the salts) and its size (after the header, a 24-byte
    /// header and a page per frame); `empty` when there is no file or no frame yet.
    func state() -> State {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return .empty }
        defer { close(file) }
        var header = [UInt8](repeating: 0, count: 24)
        var status = stat()
        guard pread(file, &header, 24, 0) == 24, fstat(file, &status) == 0 else { return .empty }
        let generation = header[16..<24].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return State(generation: generation, frames: max(0, (Int(status.st_size) - 32) / (pageSize + 24)))
    }
}

/// One checkpoint at a time within a process: an async lock, held across the wait for the database; not reentrant
/// (a `work` that took the turn again would wait for itself).
actor CheckpointTurn {
    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `work` when no other checkpoint of this process is running.
    func exclusively<T: Sendable>(_ work: @Sendable () async throws -> T) async rethrows -> T {
        if taken {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            taken = true
        }
        defer {
            if waiting.isEmpty { taken = false } else { waiting.removeFirst().resume() }
        }
        return try await work()
    }
}
