import Foundation
import GRDB
import VaktbokCore

/// The Vaktbok database: one `DatabasePool` per process, every public method one transaction.
public final class AppDatabase: Sendable {
    package let pool: DatabasePool
    /// The database file's path; its `-wal` and `-shm` companions sit beside it.
    public let path: String
    /// Where people reach the server (`https://vaktbok.example.no`), for links in messages; nil: messages carry none.
    public let publicURL: String?
    /// The checkpoint connection when `checkpointing` is `.inBackground`.
    package let checkpointer: WALCheckpointer?

    /// Opens (creating if needed) the database at `path` and applies the privacy pragmas; migrates it unless
    /// `migrating` is false (for `migrate --check`); `publicURL` roots the links in messages; `checkpointing` says
    /// who copies the WAL into the database file. Refuses a database a newer Vaktbok has migrated.
    public init(path: String, migrating: Bool = true, publicURL: String? = nil, checkpointing: Checkpointing = .onCommit) throws {
        self.path = path
        self.publicURL = publicURL
        let creating = !FileManager.default.fileExists(atPath: path)
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration(checkpointing))
            checkpointer = checkpointing == .inBackground ? try WALCheckpointer(path: path) : nil
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
            throw StoreError.busy
        }
        if creating {
            // Personal data: only the owner reads the files; SQLite gives later -wal and -shm files the same mode.
            for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
            }
        }
        do {
            let unknown = try pool.read { db in try Self.unknownMigrations(db) }
            guard unknown.isEmpty else { throw StoreError.schemaTooNew(unknown: unknown) }
            if migrating { try Self.migrator.migrate(pool) }
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
            throw StoreError.busy
        }
    }

    private static func configuration(_ checkpointing: Checkpointing) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback(waitForLock)
        configuration.prepareDatabase { db in
            try db.execute(
                sql: """
                    PRAGMA secure_delete = ON;
                    PRAGMA journal_size_limit = 0;
                    PRAGMA temp_store = MEMORY;
                    PRAGMA wal_autocheckpoint = \(checkpointing == .inBackground ? 0 : WALCheckpointer.pageThreshold);
                    """)
            guard try Int.fetchOne(db, sql: "PRAGMA secure_delete") == 1 else {
                throw StoreError.insecureStorage("secure_delete does not read back 1")
            }
            db.add(function: foldFunction)
        }
        return configuration
    }

    /// How a connection waits for the lock another process holds (serve and the purge, for the one writer): it looks
    /// again every 0.1 ms for the first 20 ms, where SQLite's own timeout sleeps 1, 2, 5, 10 … 100 ms and misses the
    /// short gaps between the other's transactions, then every 2 ms; it gives up after about 5 s.
    static let waitForLock: Database.BusyCallback = { tries in
        guard tries < 2_690 else { return false }
        usleep(tries < 200 ? 100 : 2_000)
        return true
    }

    /// `vaktbok_fold(text)`: the text lower-cased without accents, for matching names in SQL.
    static let foldFunction = DatabaseFunction("vaktbok_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(SearchFolding.fold)
    }

    /// One write transaction; a full disk, a database busy past the timeout or an I/O failure becomes a
    /// `StoreError` the callers can answer with "try again", never a bare SQLite error.
    package func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        do {
            defer { checkpointer?.walGrew() }
            return try await pool.write(updates)
        } catch let error as DatabaseError {
            throw Self.storeError(error)
        }
    }

    /// One read transaction, with storage failures mapped as `write` maps them.
    package func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(value)
        } catch let error as DatabaseError {
            throw Self.storeError(error)
        }
    }

    /// The `StoreError` for storage that is full, busy or failing; other SQLite errors unchanged.
    static func storeError(_ error: DatabaseError) -> any Error {
        switch error.resultCode {
        case .SQLITE_FULL: StoreError.unavailable("the database disk is full")
        case .SQLITE_BUSY, .SQLITE_LOCKED: StoreError.busy
        case .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_CANTOPEN: StoreError.unavailable("the database cannot be written")
        default: error
        }
    }

    /// The pragmas a connection of this database actually runs with, read back from SQLite.
    public func storageSettings() async throws -> StorageSettings {
        try await read { db in
            StorageSettings(
                secureDelete: try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0,
                journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                foreignKeys: try Int.fetchOne(db, sql: "PRAGMA foreign_keys") ?? 0,
                journalSizeLimit: try Int.fetchOne(db, sql: "PRAGMA journal_size_limit") ?? -1,
                tempStore: try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
            )
        }
    }
}
