import Foundation
import GRDB
import VaktbokCore

extension AppDatabase: StaffStore {
    public func staffList(actor: AuditActor = "system") async throws -> [(staff: StaffRecord, site: String?)] {
        try await read { db in
            let codes = Dictionary(uniqueKeysWithValues: try SiteRecord.fetchAll(db).map { ($0.rowID, $0.code) })
            return try StaffRecord.order(StaffRecord.Columns.username).fetchAll(db)
                .filter { actor.covers(siteID: $0.siteId) }
                .map { ($0, $0.siteId.flatMap { codes[$0] }) }
        }
    }

    public func addStaff(
        username: String, passwordHash: String, role: Role, siteCode: SiteCode?, actor: AuditActor = "system", now: Date
    ) async throws -> StaffRecord {
        try await write { db in
            let siteID = try Self.staffSite(siteCode, role: role, actor: actor, in: db)
            guard try Self.staff(username: username, in: db) == nil else { throw StoreError.duplicate(field: "username") }
            var staff = StaffRecord(id: nil, username: username, passwordHash: passwordHash, role: role, siteId: siteID, createdAt: now)
            try staff.insert(db)
            try Self.audit(
                "staff-add", actor: actor, siteID: siteID, details: ["staff": .number(Int(staff.rowID)), "role": .word(role.rawValue)], at: now,
                in: db)
            return staff
        }
    }

    public func changeStaff(id: Int64, role: Role, siteCode: SiteCode?, actor: AuditActor, now: Date) async throws -> StaffRecord {
        try await write { db in
            var staff = try Self.managedStaff(id: id, actor: actor, in: db)
            let siteID = try Self.staffSite(siteCode, role: role, actor: actor, in: db)
            let fields = [("role", staff.role != role), ("site", staff.siteId != siteID)].filter(\.1).map(\.0)
            guard !fields.isEmpty else { return staff }
            let former = staff
            (staff.role, staff.siteId) = (role, siteID)
            try staff.update(db)
            try Self.keepAnAdminOfEverySite(after: former, in: db)
            let sessions = try Self.signOut(staff, in: db)
            var details: [String: AuditValue] = [
                "staff": .number(Int(id)), "fields": .word(fields.joined(separator: ",")), "sessions": .number(sessions),
            ]
            if former.siteId != siteID { details["toSite"] = .number(siteID.map { Int($0) } ?? 0) }
            try Self.audit("staff-change", actor: actor, siteID: former.siteId ?? siteID, details: details, at: now, in: db)
            return staff
        }
    }

    public func setPassword(id: Int64, passwordHash: String, actor: AuditActor, now: Date) async throws -> StaffRecord {
        try await write { db in
            var staff = try Self.managedStaff(id: id, actor: actor, in: db)
            staff.passwordHash = passwordHash
            try staff.update(db)
            let sessions = try Self.signOut(staff, in: db)
            try Self.audit(
                "staff-password-reset", actor: actor, siteID: staff.siteId, details: ["staff": .number(Int(id)), "sessions": .number(sessions)],
                at: now, in: db)
            return staff
        }
    }

    public func removeStaff(id: Int64, actor: AuditActor, now: Date) async throws {
        try await write { db in
            let staff = try Self.managedStaff(id: id, actor: actor, in: db)
            let sessions = try Self.signOut(staff, in: db)
            _ = try staff.delete(db)
            try Self.keepAnAdminOfEverySite(after: staff, in: db)
            try Self.audit(
                "staff-remove", actor: actor, siteID: staff.siteId, details: ["staff": .number(Int(id)), "sessions": .number(sessions)], at: now,
                in: db)
        }
    }

    public func staff(username: String) async throws -> StaffRecord? {
        try await read { db in try Self.staff(username: username, in: db) }
    }

    package static func staff(username: String, in db: Database) throws -> StaffRecord? {
        try StaffRecord.filter(StaffRecord.Columns.username == username).fetchOne(db)
    }

    /// Login `id` if `actor` may manage it: a site-bound actor only its own site's logins.
    private static func managedStaff(id: Int64, actor: AuditActor, in db: Database) throws -> StaffRecord {
        guard let staff = try StaffRecord.fetchOne(db, key: id), actor.covers(siteID: staff.siteId) else {
            throw StoreError.notFound(entity: "staff login", field: "id")
        }
        return staff
    }

    /// The site id a login of `role` is to be bound to: `siteCode`'s, which a site-bound actor must give as its own;
    /// none is refused for a role that must be bound.
    private static func staffSite(_ siteCode: SiteCode?, role: Role, actor: AuditActor, in db: Database) throws -> Int64? {
        guard siteCode != nil || (!role.mustBeSiteBound && actor.siteID == nil) else {
            throw ValidationError(field: "site", reason: "is required for the \(role.rawValue) role or by a login bound to one site")
        }
        let siteID = try siteCode.map { try site(code: $0, in: db).rowID }
        guard actor.covers(siteID: siteID) else { throw StoreError.notFound(entity: "site", field: "site") }
        return siteID
    }

    /// Refuses (409, rolling the change back) a change to `changed` (as it was) that leaves no admin of every site: nobody could then add
    /// sites or logins from the console. Checked inside the write, so two admins removing each other at once cannot
    /// both succeed.
    private static func keepAnAdminOfEverySite(after changed: StaffRecord, in db: Database) throws {
        guard changed.role == .admin, changed.siteId == nil else { return }
        let admins = try StaffRecord.filter(StaffRecord.Columns.role == Role.admin.rawValue && StaffRecord.Columns.siteId == nil).fetchCount(db)
        guard admins > 0 else { throw StoreError.conflict("the last admin of every site stays; add another admin first") }
    }

    /// Ends every session of `staff`; how many there were.
    private static func signOut(_ staff: StaffRecord, in db: Database) throws -> Int {
        try SessionRecord.filter(SessionRecord.Columns.staffId == staff.rowID).deleteAll(db)
    }
}
