import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Creates sites `B01`…, one host each, and `visits` synthetic visits spread evenly over the `days`
    /// days before `now`: a large database for benchmarks. Returns the sites.
    public func seedBenchmark(sites count: Int, visits: Int, days: Int, now: Date) async throws -> [SiteRecord] {
        var sites: [SiteRecord] = []
        let perSite = visits / count
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        for number in 1...count {
            let code = try SiteCode(String(format: "B%02d", number))
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
        return try await pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Self.overlappingSQL, arguments: ["site": siteID, "start": start, "end": now])
                .map { $0["detail"] as String }
        }
    }

    /// The baseline for the report benchmark: the same rows fetched as raw SQLite rows, nothing built or audited.
    public func rawOverlappingRowCount(siteID: Int64, days: Int, now: Date) async throws -> Int {
        let site = try await site(id: siteID)
        let start = LocalDay(timeZone: site.zone).start(daysBefore: days, now)
        return try await pool.read { db in
            try Row.fetchAll(db, sql: Self.overlappingSQL, arguments: ["site": siteID, "start": start, "end": now]).count
        }
    }
}
