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
    package struct Outcome: Sendable, Equatable {
        /// Frames in the WAL.
        package let walFrames: Int
        /// Frames copied into the database file so far (all of them, unless a reader still needs older pages).
        package let copiedFrames: Int
    }

    /// New WAL pages that call for a checkpoint: SQLite's own automatic threshold.
    package static let pageThreshold = 1_000
    /// A WAL this long has not started over: commits landed during every checkpoint, so none found it wholly copied
    /// (a writer starts the WAL over only then), and under a steady load it would grow without end.
    package static let restartThreshold = 16 * pageThreshold

    /// Every checkpoint's outcome, newest kept if nobody reads them: for tests.
    package let outcomes: AsyncStream<Outcome>
    private let wakeUps: AsyncStream<Void>.Continuation

    /// Opens the checkpoint connection to the database at `path` and starts waiting for `walGrew()`.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .callback(Self.waitBriefly)
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        let pageSize = try connection.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? 4_096
        let wal = WALFile(path: path + "-wal", pageSize: pageSize)
        let (wakeUpStream, wakeUps) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let (outcomes, outcomeSink) = AsyncStream.makeStream(of: Outcome.self, bufferingPolicy: .bufferingNewest(16))
        self.wakeUps = wakeUps
        self.outcomes = outcomes
        Task.detached(priority: .utility) {
            var atLastCheckpoint = WALFile.State(sequence: 0, frames: 0)
            for await _ in wakeUpStream {
                let now = wal.state()
                // A writer that starts the WAL over numbers it anew: then all its frames are new.
                let newFrames = now.sequence == atLastCheckpoint.sequence ? now.frames - atLastCheckpoint.frames : now.frames
                guard newFrames >= Self.pageThreshold, let done = await Self.checkpoint(connection) else { continue }
                atLastCheckpoint = wal.state()
                outcomeSink.yield(done)
            }
            outcomeSink.finish()
        }
    }

    /// Copies the WAL without stopping writers (PASSIVE); once it has reached `restartThreshold`, finishes with a
    /// RESTART, which holds writers off while it copies the last few pages and waits for readers, so that the
    /// next commit starts the WAL over. Nil when busy (another process's checkpoint): the next commit tries again.
    private static func checkpoint(_ connection: DatabaseQueue) async -> Outcome? {
        try? await connection.writeWithoutTransaction { db in
            var done = try db.checkpoint(.passive)
            if done.walFrameCount >= restartThreshold { done = try db.checkpoint(.restart) }
            return Outcome(walFrames: done.walFrameCount, copiedFrames: done.checkpointedFrameCount)
        }
    }

    /// How the checkpoint connection waits in a RESTART for the writer lock and for readers: every 0.1 ms for at
    /// most 20 ms, then it gives up until the next time. Check-ins wait while a RESTART is pending, and a long read
    /// must not hold them for the 5 s a writer waits (`AppDatabase.waitForLock`).
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
    /// The WAL's checkpoint sequence number (a writer that starts the WAL over adds one) and its length in frames.
    struct State: Sendable, Equatable {
        let sequence: UInt32
        let frames: Int
    }

    let path: String
    let pageSize: Int

    /// The state from the file's 32-byte header (bytes 12-15: the sequence number, big-endian) and its size (after
    /// the header, a 24-byte header and a page per frame); frames 0 when there is no file or no frame yet.
    func state() -> State {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return State(sequence: 0, frames: 0) }
        defer { close(file) }
        var header = [UInt8](repeating: 0, count: 16)
        var status = stat()
        guard pread(file, &header, 16, 0) == 16, fstat(file, &status) == 0 else { return State(sequence: 0, frames: 0) }
        let sequence = header[12..<16].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return State(sequence: sequence, frames: max(0, (Int(status.st_size) - 32) / (pageSize + 24)))
    }
}
