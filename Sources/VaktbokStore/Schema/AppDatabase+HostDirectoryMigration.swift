import GRDB
import VaktbokCore

extension AppDatabase {
    /// v15: when a host was deactivated, so that the purge can forget people who left once their visits' retention
    /// window has passed (hosts inactive before this start their window at the upgrade); and the employee number a
    /// directory import knows a host by.
    static func extendHostDirectory(_ db: Database) throws {
        try db.alter(table: "host") { t in
            t.add(column: "deactivated_at", .datetime)
            t.add(column: "employee_number", .text)
        }
        try db.create(index: "host_by_employee_number", on: "host", columns: ["site_id", "employee_number"])
        try db.execute(sql: "UPDATE host SET deactivated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE active = 0")
    }
}

extension AppDatabase {
    /// v17: each host's search key (`SearchFolding.searchKey` of the name), written with every save, so that the
    /// host search filters in SQLite; filled in here for the hosts already stored.
    static func addHostSearchKey(_ db: Database) throws {
        try db.alter(table: "host") { t in t.add(column: "search_key", .text).notNull().defaults(to: "") }
        let update = try db.makeStatement(sql: "UPDATE host SET search_key = ? WHERE id = ?")
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM host") {
            try update.execute(arguments: [SearchFolding.searchKey(of: row["name"]), row["id"] as Int64])
        }
    }
}
