import GRDB

extension AppDatabase {
    /// v11: evacuation roll calls. An entry names a visit and is deleted with it (purge, erasure); the roll call's
    /// anonymous figures (total, start, end, time to full count, missing at the end) stay. At most one open roll call per site.
    static func createRollCalls(_ db: Database) throws {
        try db.create(table: "roll_call") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("site_id", .integer).notNull().indexed().references("site")
            t.column("kind", .text).notNull().check(sql: "kind IN ('evacuation', 'drill')")
            t.column("assembly_point", .text)
            t.column("started_at", .datetime).notNull()
            t.column("started_by", .integer)
            t.column("ended_at", .datetime)
            t.column("ended_by", .integer)
            t.column("total", .integer).notNull()
            t.column("full_count_at", .datetime)
            t.column("missing_at_end", .integer)
        }
        try db.execute(sql: "CREATE UNIQUE INDEX roll_call_open_per_site ON roll_call(site_id) WHERE ended_at IS NULL")
        try db.create(table: "roll_call_entry") { t in
            t.column("roll_call_id", .integer).notNull().references("roll_call", onDelete: .cascade)
            t.column("visit_id", .integer).notNull().indexed().references("visit", onDelete: .cascade)
            t.column("accounted_at", .datetime)
            t.column("accounted_by", .integer)
            t.primaryKey(["roll_call_id", "visit_id"])
        }
    }
}
