import GRDB

extension AppDatabase {
    /// v15: when a host was deactivated, so that the purge can forget people who left once their visits' retention
    /// window has passed; hosts inactive before this start their window at the upgrade.
    static func recordHostDepartures(_ db: Database) throws {
        try db.alter(table: "host") { t in t.add(column: "deactivated_at", .datetime) }
        try db.execute(sql: "UPDATE host SET deactivated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE active = 0")
    }
}
