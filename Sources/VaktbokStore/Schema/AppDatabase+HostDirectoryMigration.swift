import GRDB

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
