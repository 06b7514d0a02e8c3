import Foundation

/// The residue canary: searches the raw bytes of a SQLite database and its `-wal` and `-shm` companions.
public enum RawFiles {
    /// How often `needle` occurs in the raw bytes of `databasePath` and its companions.
    public static func occurrences(of needle: String, databasePath: String) throws -> Int {
        let pattern = Data(needle.utf8)
        return try ["", "-wal", "-shm"].map { databasePath + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
            .reduce(0) { count, path in
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                var found = 0
                var range = bytes.startIndex..<bytes.endIndex
                while let hit = bytes.range(of: pattern, in: range) {
                    found += 1
                    range = hit.upperBound..<bytes.endIndex
                }
                return count + found
            }
    }
}
