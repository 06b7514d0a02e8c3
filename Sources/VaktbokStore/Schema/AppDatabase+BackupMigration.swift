import GRDB

extension AppDatabase {
    /// v9: the backups `vaktbok backup` keeps, so that the purge receipt can name the oldest copy still on disk.
    static func recordBackups(_ db: Database) throws {
        try db.create(table: "backup") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("file_name", .text).notNull()
            t.column("folder", .text).notNull()
            t.column("taken_at", .datetime).notNull()
            t.uniqueKey(["folder", "file_name"])
        }
    }
}
