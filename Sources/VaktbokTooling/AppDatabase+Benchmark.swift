import Foundation
import GRDB
import VaktbokCore
import VaktbokStore

extension AppDatabase {
    /// Creates sites `B01`… (`B001`… past 99), one host each, and `visits` synthetic visits spread evenly over the `days`
    /// days before `now`: a large database for benchmarks. Returns the sites.
    public func seedBenchmark(sites count: Int, visits: Int, days: Int, now: Date) async throws -> [SiteRecord] {
        var sites: [SiteRecord] = []
        let perSite = visits / count
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        for number in 1...count {
            let code = try SiteCode(String(format: count > 99 ? "B%03d" : "B%02d", number))
            let site = try await addSite(code: code, name: "Benchmark \(number)", timeZone: TimeZoneName("Europe/Oslo"), now: start)
            let host = try await addHost(siteCode: code, name: PersonName("Vert Bench-Ås"), phone: nil, email: nil, now: start)
            try await insertSyntheticVisits(
                siteID: site.rowID, hostID: host.rowID, count: perSite, from: start.addingTimeInterval(Double(number)),
                spacing: Double(days) * 86_400 / Double(perSite)
            )
            sites.append(site)
        }
        try await write { db in try db.execute(sql: "ANALYZE") }
        return sites
    }

    /// `EXPLAIN QUERY PLAN` of the contact report's query for site `siteID` over `days` days before `now`.
    public func contactReportPlan(siteID: Int64, days: Int, now: Date) async throws -> [String] {
        let site = try await site(id: siteID)
        let start = LocalDay(timeZone: site.zone).start(daysBefore: days, now)
        return try await read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Self.overlappingSQL, arguments: ["site": siteID, "start": start, "end": now])
                .map { $0["detail"] as String }
        }
    }

    /// The baseline for the report benchmark: the same rows fetched as raw SQLite rows, nothing built or audited.
    public func rawOverlappingRowCount(siteID: Int64, days: Int, now: Date) async throws -> Int {
        let site = try await site(id: siteID)
        let start = LocalDay(timeZone: site.zone).start(daysBefore: days, now)
        return try await read { db in
            try Row.fetchAll(db, sql: Self.overlappingSQL, arguments: ["site": siteID, "start": start, "end": now]).count
        }
    }

    /// A site `RAW` with one host for the insert baseline, created if absent.
    public func benchSiteAndHost() async throws -> (Int64, Int64) {
        let code = try SiteCode("RAW")
        let site = try await addSite(code: code, name: "Raw baseline", timeZone: TimeZoneName("Europe/Oslo"), now: Date())
        let host = try await addHost(siteCode: code, name: PersonName("Vert Rå"), phone: nil, email: nil, now: Date())
        return (site.rowID, host.rowID)
    }

    /// The check-in benchmark's baseline: single-row visit inserts, each its own committed transaction through
    /// this pool (same pragmas), one after another for `duration`; returns inserts per second.
    public func benchRawInserts(siteID: Int64, hostID: Int64, duration: Duration) async throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        while clock.now - start < duration {
            count += 1
            try await write { db in
                try db.execute(
                    sql: """
                        INSERT INTO visit (site_id, host_id, visitor_name, visitor_phone, badge_code, checked_in_at)
                        VALUES (?, ?, 'Last Ødegård-Åsen', ?, ?, ?)
                        """, arguments: [siteID, hostID, "+4790000000", BadgeCode.random().value, Date()])
            }
        }
        return Double(count) / ((clock.now - start) / .seconds(1))
    }

    /// The import benchmark's baseline: `names` member rows inserted bare into a fresh group, in one transaction.
    public func benchRawMembers(names: Int) async throws {
        try await write { db in
            let siteID = try Int64.fetchOne(db, sql: "SELECT id FROM site LIMIT 1") ?? 0
            let hostID = try Int64.fetchOne(db, sql: "SELECT id FROM host LIMIT 1") ?? 0
            try db.execute(
                sql: """
                    INSERT INTO school_group (site_id, host_id, visit_date, day_ends_at, school, school_key, created_at)
                    VALUES (?, ?, '2999-01-01', ?, 'raw', ?, ?)
                    """, arguments: [siteID, hostID, Date(), UUID().uuidString, Date()])
            let groupID = db.lastInsertedRowID
            let statement = try db.makeStatement(
                sql: "INSERT INTO group_member (group_id, name, name_key, role, email, line) VALUES (?, ?, ?, 'pupil', ?, ?)")
            for index in 0..<names {
                try statement.execute(arguments: [groupID, "Elev \(index)", "elev \(index)", "elev\(index)@skole.example.no", index + 2])
            }
        }
    }
}

extension AppDatabase {
    /// The host directory benchmark's baseline: `count` host rows inserted bare into a new site, in one transaction.
    public func benchRawHosts(count: Int, siteCode: SiteCode) async throws {
        let site = try await addSite(code: siteCode, name: "Raw directory", timeZone: TimeZoneName("Europe/Oslo"), now: Date())
        try await benchInsertHosts(count: count, siteID: site.rowID)
    }

    /// `count` active hosts ("Ansatt 0", …) inserted bare into the site `siteID`, in one transaction.
    public func benchInsertHosts(count: Int, siteID: Int64) async throws {
        try await write { db in
            let statement = try db.makeStatement(
                sql: "INSERT INTO host (site_id, name, search_key, phone, email, employee_number, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"
            )
            for index in 0..<count {
                try statement.execute(
                    arguments: [
                        siteID, "Ansatt \(index)", SearchFolding.searchKey(of: "Ansatt \(index)"), String(format: "+479%07d", index),
                        "ansatt\(index)@firma.example", "E\(index)", Date(),
                    ])
            }
        }
    }
}
