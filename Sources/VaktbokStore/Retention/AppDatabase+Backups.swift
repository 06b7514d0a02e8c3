import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Writes a consistent copy of the database into `folder` with `VACUUM INTO` (a fresh file without free pages,
    /// so without deleted content), named by the UTC time, mode 0600; then deletes every backup recorded here that
    /// is older than the longest retention window in force, so that no copy outlives the promise.
    public func backup(into folder: String, now: Date) async throws -> BackupResult {
        let name = "vaktbok-\(Self.backupStamp(now)).sqlite"
        let file = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        guard !FileManager.default.fileExists(atPath: file) else { throw StoreError.conflict("a backup named \(name) exists already") }
        let window = try await longestRetentionDays()
        let folderPath = URL(fileURLWithPath: folder).standardizedFileURL.path
        try await write { db in
            try db.execute(literal: "INSERT INTO backup (file_name, folder, taken_at) VALUES (\(name), \(folderPath), \(now))")
        }
        do {
            try await pool.writeWithoutTransaction { db in try db.execute(literal: "VACUUM INTO \(file)") }
        } catch let error as DatabaseError {
            _ = try? await write { db in try db.execute(literal: "DELETE FROM backup WHERE file_name = \(name)") }
            throw Self.storeError(error)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let expired = now.addingTimeInterval(-Double(window) * 86_400)
        let old = try await read { db in
            try SQLRequest<Row>("SELECT file_name, folder FROM backup WHERE taken_at < \(expired) ORDER BY taken_at").fetchAll(db)
                .map { (name: $0["file_name"] as String, folder: $0["folder"] as String) }
        }
        for backup in old {
            let path = URL(fileURLWithPath: backup.folder).appendingPathComponent(backup.name).path
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        }
        let kept = try await write { db in
            try db.execute(literal: "DELETE FROM backup WHERE taken_at < \(expired)")
            return try String.fetchAll(db, sql: "SELECT file_name FROM backup ORDER BY taken_at")
        }
        return BackupResult(written: file, deleted: old.map(\.name), kept: kept, windowDays: window)
    }

    /// When the oldest backup still kept was taken, if any.
    public func oldestBackupKept() async throws -> Date? {
        try await read { db in try Date.fetchOne(db, sql: "SELECT min(taken_at) FROM backup") }
    }

    /// The longest retention window in force, in whole days: the longest of the sites' visit rules plus the
    /// check-out day itself (the standard rule when there is no site yet).
    public func longestRetentionDays() async throws -> Int {
        let longest = try await read { db in try Int.fetchOne(db, sql: "SELECT max(visit_retention_days) FROM site") }
        return (longest ?? RetentionPolicy.standard.visitDays) + 1
    }

    /// SQLite's own verdict on the file: empty when `PRAGMA integrity_check` answers `ok`, else its complaints.
    public func integrityProblems() async throws -> [String] {
        let answers = try await read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return answers == ["ok"] ? [] : answers
    }

    /// `20261201T140500Z`: sortable, and safe in a file name.
    private static func backupStamp(_ date: Date) -> String {
        date.ISO8601Format().filter { $0 != "-" && $0 != ":" }
    }
}
