import Foundation
import GRDB
import VaktbokCore
import VaktbokStore

extension AppDatabase {
    /// Inserts `count` visits with invented visitors at `siteID` for `hostID`, checked in from `start` every
    /// `spacing` seconds and out an hour later, in one transaction: data for tests and benchmarks.
    public func insertSyntheticVisits(siteID: Int64, hostID: Int64, count: Int, from start: Date, spacing: TimeInterval) async throws {
        try await write { db in
            let statement = try db.makeStatement(
                sql: """
                    INSERT INTO visit (site_id, host_id, visitor_name, visitor_phone, badge_code, checked_in_at, checked_out_at, checkout_kind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'badge')
                    """)
            for index in 0..<count {
                let checkIn = start.addingTimeInterval(Double(index) * spacing)
                try statement.execute(arguments: [
                    siteID, hostID, "Syntetisk Besøkende \(index)", "+479\(String(format: "%07d", index % 10_000_000))",
                    BadgeCode.random().value, checkIn, checkIn.addingTimeInterval(3600),
                ])
            }
        }
    }
}
