import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Adds a staff login, bound to `siteCode` when given; a taken username is `duplicate(field: "username")`.
    public func addStaff(
        username: String, passwordHash: String, role: Role, siteCode: SiteCode?, now: Date
    ) async throws -> StaffRecord {
        try await write { db in
            let siteID = try siteCode.map { try Self.site(code: $0, in: db).rowID }
            guard try Self.staff(username: username, in: db) == nil else {
                throw StoreError.duplicate(field: "username")
            }
            var staff = StaffRecord(
                id: nil, username: username, passwordHash: passwordHash, role: role,
                siteId: siteID, createdAt: now
            )
            try staff.insert(db)
            return staff
        }
    }

    /// The staff member with `username` (case-insensitive), if any.
    public func staff(username: String) async throws -> StaffRecord? {
        try await pool.read { db in try Self.staff(username: username, in: db) }
    }

    static func staff(username: String, in db: Database) throws -> StaffRecord? {
        try StaffRecord.filter(StaffRecord.Columns.username == username).fetchOne(db)
    }
}
