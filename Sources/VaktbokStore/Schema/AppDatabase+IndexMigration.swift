import GRDB

extension AppDatabase {
    /// v18: drops the indexes `.indexed()` made on `site_id` where another index of the table begins with it
    /// (`visit_on_site`, `visit_retention`, `visit_on_site_by_phone`; `host_by_employee_number`): they served no
    /// query the longer ones do not, and every check-in, host save and purged visit paid for keeping them.
    static func dropRedundantIndexes(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS visit_on_site_id; DROP INDEX IF EXISTS host_on_site_id")
    }
}
