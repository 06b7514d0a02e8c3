import Foundation
import GRDB
import VaktbokCore
import VaktbokStore

extension AppDatabase {
    /// Creates the demo site and its hosts if absent, and (re)sets the demo logins' passwords,
    /// signing out their old sessions; one transaction.
    public func seedDemo(
        site code: SiteCode, name: String, timeZone: TimeZoneName,
        hostNames: [PersonName], logins: [DemoLogin], now: Date
    ) async throws {
        try await write { db in
            var siteID = try Int64.fetchOne(db, sql: "SELECT id FROM site WHERE code = ?", arguments: [code.value])
            if siteID == nil {
                try db.execute(
                    sql: "INSERT INTO site (code, name, time_zone, created_at, visit_retention_days) VALUES (?, ?, ?, ?, ?)",
                    arguments: [code.value, name, timeZone.identifier, now, RetentionPolicy.standard.visitDays])
                siteID = db.lastInsertedRowID
                for hostName in hostNames {
                    try db.execute(
                        sql: "INSERT INTO host (site_id, name, search_key, active, created_at) VALUES (?, ?, ?, 1, ?)",
                        arguments: [siteID, hostName.value, SearchFolding.searchKey(of: hostName.value), now])
                }
            }
            for login in logins {
                let site = login.boundToSite ? siteID : nil
                if let staff = try Self.staff(username: login.username, in: db) {
                    try db.execute(
                        sql: "UPDATE staff SET password_hash = ?, role = ?, site_id = ? WHERE id = ?",
                        arguments: [login.passwordHash, login.role.rawValue, site, staff.rowID])
                    try db.execute(sql: "DELETE FROM staff_session WHERE staff_id = ?", arguments: [staff.rowID])
                } else {
                    try db.execute(
                        sql: "INSERT INTO staff (username, password_hash, role, site_id, created_at) VALUES (?, ?, ?, ?, ?)",
                        arguments: [login.username, login.passwordHash, login.role.rawValue, site, now])
                }
            }
        }
    }
}
