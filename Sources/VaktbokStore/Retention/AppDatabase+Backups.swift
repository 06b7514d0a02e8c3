import Foundation
import GRDB
import VaktbokCore

#if canImport(Glibc)
    import Glibc
#endif

extension AppDatabase {
    /// Writes a consistent copy of the database into `folder` with `VACUUM INTO` (a fresh file without free pages,
    /// so without deleted content), named by the UTC time and created 0600 before a byte is written; then deletes
    /// every backup in the folder older than the longest retention window in force, so that no copy outlives the
    /// promise. The folder's files are the truth (a restored database does not know later backups); the `backup`
    /// table mirrors them for the purge receipt. Refused when the clock reads earlier than the newest backup.
    public func backup(into folder: String, now: Date) async throws -> BackupResult {
        let folderPath = URL(fileURLWithPath: folder).standardizedFileURL.path
        let existing = try Self.backups(in: folderPath)
        if let newest = existing.last?.takenAt, newest > now { throw StoreError.clockBehind(newest: newest) }
        let name = Self.backupName(now)
        let file = URL(fileURLWithPath: folderPath).appendingPathComponent(name).path
        let descriptor = open(file, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.conflict("cannot create \(name) in the backup folder (one exists, or no permission)") }
        close(descriptor)
        do {
            try await pool.writeWithoutTransaction { db in try db.execute(literal: "VACUUM INTO \(file)") }
        } catch {
            for leftover in [file, file + "-journal"] { try? FileManager.default.removeItem(atPath: leftover) }
            throw (error as? DatabaseError).map(Self.storeError) ?? error
        }
        let window = try await longestRetentionDays()
        let expired = now.addingTimeInterval(-Double(window) * 86_400)
        var deleted: [String] = []
        for backup in existing where backup.takenAt < expired {
            try FileManager.default.removeItem(atPath: URL(fileURLWithPath: folderPath).appendingPathComponent(backup.name).path)
            deleted.append(backup.name)
        }
        let kept = try Self.backups(in: folderPath)
        try await write { db in
            try db.execute(literal: "DELETE FROM backup WHERE folder = \(folderPath)")
            for backup in kept {
                try db.execute(literal: "INSERT INTO backup (file_name, folder, taken_at) VALUES (\(backup.name), \(folderPath), \(backup.takenAt))")
            }
        }
        return BackupResult(written: file, deleted: deleted, kept: kept.map(\.name), windowDays: window)
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

    /// The requests whose erasure the audit log records after `instant`, oldest first: what a restore of a copy
    /// taken at `instant` would bring back.
    public func erasuresSince(_ instant: Date) async throws -> [Int64] {
        try await read { db in
            try SQLRequest<String>("SELECT details FROM audit_log WHERE action = 'subject-erase' AND at > \(instant) ORDER BY id").fetchAll(db)
                .compactMap { details in
                    guard case let .ids(ids)? = (try? JSONDecoder().decode([String: AuditValue].self, from: Data(details.utf8)))?["request"]
                    else { return nil }
                    return ids.first
                }
        }
    }

    /// When the newest audit entry in this database was written: for a backup file without a time in its name,
    /// the latest moment its content is known to include.
    public func newestAuditEntry() async throws -> Date? {
        try await read { db in try Date.fetchOne(db, sql: "SELECT max(at) FROM audit_log") }
    }

    /// The backups in `folder` (files named `vaktbok-<UTC stamp>.sqlite`), oldest first; other files are left alone.
    static func backups(in folder: String) throws -> [(name: String, takenAt: Date)] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .compactMap { name in backupTime(name).map { (name: name, takenAt: $0) } }
            .sorted { $0.takenAt < $1.takenAt }
    }

    /// `vaktbok-20261201T140500Z.sqlite`: sortable, and safe in a file name.
    static func backupName(_ date: Date) -> String {
        "vaktbok-\(date.ISO8601Format().filter { $0 != "-" && $0 != ":" }).sqlite"
    }

    /// The time in a backup's file name (`vaktbok-20261201T140500Z.sqlite`); nil for any other name.
    public static func backupTime(_ name: String) -> Date? {
        guard name.hasPrefix("vaktbok-"), name.hasSuffix(".sqlite") else { return nil }
        let stamp = name.dropFirst(8).dropLast(7)
        guard stamp.count == 16 else { return nil }
        let text =
            "\(stamp.prefix(4))-\(stamp.dropFirst(4).prefix(2))-\(stamp.dropFirst(6).prefix(2))T"
            + "\(stamp.dropFirst(9).prefix(2)):\(stamp.dropFirst(11).prefix(2)):\(stamp.dropFirst(13).prefix(3))"
        return try? Date(text, strategy: .iso8601)
    }
}
