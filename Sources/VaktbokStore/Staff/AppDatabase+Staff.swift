import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Adds a staff login, bound to `siteCode` when given (required for a role that `mustBeSiteBound`); a taken
    /// username is `duplicate(field: "username")`.
    public func addStaff(
        username: String, passwordHash: String, role: Role, siteCode: SiteCode?, now: Date
    ) async throws -> StaffRecord {
        guard siteCode != nil || !role.mustBeSiteBound else {
            throw ValidationError(field: "site", reason: "is required for the \(role.rawValue) role")
        }
        return try await write { db in
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

    /// Every staff login with the code of the site it is bound to (nil: all sites), by username.
    public func staffList() async throws -> [(staff: StaffRecord, site: String?)] {
        try await read { db in
            let codes = Dictionary(uniqueKeysWithValues: try SiteRecord.fetchAll(db).map { ($0.rowID, $0.code) })
            return try StaffRecord.order(StaffRecord.Columns.username).fetchAll(db).map { ($0, $0.siteId.flatMap { codes[$0] }) }
        }
    }

    /// Replaces the password hash of `username` and signs out all their sessions.
    public func setPassword(username: String, passwordHash: String) async throws {
        try await write { db in
            guard var staff = try Self.staff(username: username, in: db) else { throw StoreError.notFound(entity: "staff login", field: "username") }
            staff.passwordHash = passwordHash
            try staff.update(db)
            try SessionRecord.filter(SessionRecord.Columns.staffId == staff.rowID).deleteAll(db)
        }
    }

    /// Deletes the login `username` and its sessions; visits it registered keep no reference to it.
    public func removeStaff(username: String) async throws {
        try await write { db in
            guard let staff = try Self.staff(username: username, in: db) else { throw StoreError.notFound(entity: "staff login", field: "username") }
            _ = try staff.delete(db)
        }
    }

    /// The staff member with `username` (case-insensitive), if any.
    public func staff(username: String) async throws -> StaffRecord? {
        try await read { db in try Self.staff(username: username, in: db) }
    }

    package static func staff(username: String, in db: Database) throws -> StaffRecord? {
        try StaffRecord.filter(StaffRecord.Columns.username == username).fetchOne(db)
    }
}
