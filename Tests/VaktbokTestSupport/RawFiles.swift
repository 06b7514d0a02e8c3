import Foundation

/// The residue canary: searches the raw bytes of a SQLite database and its `-wal` and `-shm` companions.
///
/// The files are read by a separate process on purpose: opening and closing a database file in a process
/// that has it open through SQLite drops that process's POSIX locks, after which another process may reset
/// the WAL under it and its next writes are lost.
public enum RawFiles {
    /// How often `needle` occurs in the raw bytes of `databasePath` and its companions.
    public static func occurrences(of needle: String, databasePath: String) throws -> Int {
        let script = """
            import os, sys
            needle = sys.argv[1].encode()
            print(sum(open(p, "rb").read().count(needle) for p in sys.argv[2:] if os.path.exists(p)))
            """
        let output = try Subprocess.python(["-c", script, needle] + ["", "-wal", "-shm"].map { databasePath + $0 })
        guard let count = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.fileReadUnknown)
        }
        return count
    }
}
