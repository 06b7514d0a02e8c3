import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    public func provisioningSite(token: String) async throws -> Int64? {
        try await read { db in
            try Int64.fetchOne(db, sql: "SELECT site_id FROM scim_token WHERE token_hash = ? AND revoked_at IS NULL", arguments: [Self.sha256(token)])
        }
    }

    public func provisionedUsers(siteID: Int64, filter: ProvisioningFilter?, offset: Int, limit: Int) async throws
        -> (total: Int, users: [ProvisionedUserRecord])
    {
        try await read { db in
            var request = ScimUserRow.filter(ScimUserRow.Columns.siteId == siteID)
            switch filter {
            case let .userName(name)?: request = request.filter(ScimUserRow.Columns.userNameKey == ProvisionedUser.userNameKey(name))
            case let .externalID(id)?: request = request.filter(ScimUserRow.Columns.externalId == id)
            case let .hostID(id)?: request = request.filter(ScimUserRow.Columns.hostId == id)
            case nil: break
            }
            let rows = try request.order(ScimUserRow.Columns.hostId).limit(limit, offset: offset).fetchAll(db)
            return (try request.fetchCount(db), try rows.map { try Self.provisioned($0, in: db) })
        }
    }

    public func provisionedUser(hostID: Int64, siteID: Int64) async throws -> ProvisionedUserRecord {
        try await read { db in try Self.provisioned(try Self.scimUser(hostID: hostID, siteID: siteID, in: db), in: db) }
    }

    public func provision(_ user: ProvisionedUser, siteID: Int64, now: Date) async throws -> ProvisionedUserRecord {
        try await write { db in
            try Self.checkUnique(user, siteID: siteID, except: nil, in: db)
            var host =
                try Self.unprovisionedHost(matching: user, siteID: siteID, in: db)
                ?? HostRecord(siteId: siteID, name: "", active: true, createdAt: now)
            Self.apply(user, to: &host, now: now)
            try host.save(db)
            let row = ScimUserRow(user, hostID: host.rowID, siteID: siteID, createdAt: now, updatedAt: now)
            try row.insert(db)
            try Self.audit(
                "host-provision", actor: Self.provisioningActor, siteID: siteID, details: ["host": .number(Int(host.rowID))], at: now, in: db)
            return try row.record(host: host)
        }
    }

    public func replaceProvisioned(hostID: Int64, siteID: Int64, with user: ProvisionedUser, now: Date) async throws -> ProvisionedUserRecord {
        try await write { db in try Self.replace(hostID: hostID, siteID: siteID, with: user, now: now, in: db) }
    }

    public func patchProvisioned(
        hostID: Int64, siteID: Int64, now: Date, change: @escaping @Sendable (ProvisionedUserRecord) throws -> ProvisionedUser
    ) async throws -> ProvisionedUserRecord {
        try await write { db in
            let current = try Self.provisioned(try Self.scimUser(hostID: hostID, siteID: siteID, in: db), in: db)
            return try Self.replace(hostID: hostID, siteID: siteID, with: try change(current), now: now, in: db)
        }
    }

    public func deprovision(hostID: Int64, siteID: Int64, now: Date) async throws {
        try await write { db in
            let row = try Self.scimUser(hostID: hostID, siteID: siteID, in: db)
            if var host = try HostRecord.fetchOne(db, key: hostID), host.active {
                (host.active, host.deactivatedAt) = (false, now)
                try host.update(db)
            }
            try row.delete(db)
            try Self.audit(
                "host-deprovision", actor: Self.provisioningActor, siteID: siteID, details: ["host": .number(Int(hostID))], at: now, in: db)
        }
    }

    public func issueProvisioningToken(siteID: Int64, actor: AuditActor, now: Date) async throws -> String {
        let token = "vaktbok-scim-" + Base64URL.randomToken(byteCount: 32)
        try await write { db in
            try db.execute(sql: "UPDATE scim_token SET revoked_at = ? WHERE site_id = ? AND revoked_at IS NULL", arguments: [now, siteID])
            try db.execute(
                sql: "INSERT INTO scim_token (site_id, token_hash, created_at) VALUES (?, ?, ?)", arguments: [siteID, Self.sha256(token), now])
            try Self.audit("scim-token-issue", actor: actor, siteID: siteID, details: [:], at: now, in: db)
        }
        return token
    }

    public func revokeProvisioningTokens(siteID: Int64, actor: AuditActor, now: Date) async throws -> Int {
        try await write { db in
            try db.execute(sql: "UPDATE scim_token SET revoked_at = ? WHERE site_id = ? AND revoked_at IS NULL", arguments: [now, siteID])
            let revoked = db.changesCount
            try Self.audit("scim-token-revoke", actor: actor, siteID: siteID, details: ["tokens": .number(revoked)], at: now, in: db)
            return revoked
        }
    }

    /// Replaces what is known of provisioned host `hostID` with `user`, in `db`'s transaction.
    private static func replace(hostID: Int64, siteID: Int64, with user: ProvisionedUser, now: Date, in db: Database) throws
        -> ProvisionedUserRecord
    {
        let old = try scimUser(hostID: hostID, siteID: siteID, in: db)
        try checkUnique(user, siteID: siteID, except: hostID, in: db)
        guard var host = try HostRecord.fetchOne(db, key: hostID) else { throw StoreError.notFound(entity: "user", field: "id") }
        let (hostBefore, recordBefore) = (host, try old.record(host: host))
        apply(user, to: &host, now: now)
        guard host != hostBefore || recordBefore.user != user else { return recordBefore }
        let row = ScimUserRow(user, hostID: hostID, siteID: siteID, createdAt: old.createdAt, updatedAt: now)
        try host.update(db)
        try row.update(db)
        let action = hostBefore.active && !host.active ? "host-deprovision" : "host-provision-change"
        try audit(action, actor: provisioningActor, siteID: siteID, details: ["host": .number(Int(hostID))], at: now, in: db)
        return try row.record(host: host)
    }

    /// The audit log's name for the identity provider: it acts only through a site's token.
    private static let provisioningActor: AuditActor = "scim"

    /// The provisioning link of host `hostID` in `siteID`; not found for another site's host or one not provisioned.
    private static func scimUser(hostID: Int64, siteID: Int64, in db: Database) throws -> ScimUserRow {
        guard let row = try ScimUserRow.filter(ScimUserRow.Columns.hostId == hostID && ScimUserRow.Columns.siteId == siteID).fetchOne(db)
        else { throw StoreError.notFound(entity: "user", field: "id") }
        return row
    }

    /// The stored user `row` with its host.
    private static func provisioned(_ row: ScimUserRow, in db: Database) throws -> ProvisionedUserRecord {
        guard let host = try HostRecord.fetchOne(db, key: row.hostId) else { throw StoreError.notFound(entity: "user", field: "id") }
        return try row.record(host: host)
    }

    /// Throws `duplicate` when another provisioned host of the site has `user`'s user name.
    private static func checkUnique(_ user: ProvisionedUser, siteID: Int64, except hostID: Int64?, in db: Database) throws {
        let sameName = ScimUserRow.filter(ScimUserRow.Columns.siteId == siteID)
            .filter(ScimUserRow.Columns.userNameKey == ProvisionedUser.userNameKey(user.userName.value))
        if let existing = try sameName.fetchOne(db), existing.hostId != hostID { throw StoreError.duplicate(field: "userName") }
    }

    /// A host of the site added by hand or by file whom `user` describes: the same employee number, else the same
    /// e-mail address; provisioning takes them over instead of adding a twin.
    private static func unprovisionedHost(matching user: ProvisionedUser, siteID: Int64, in db: Database) throws -> HostRecord? {
        let unprovisioned = HostRecord.filter(HostRecord.Columns.siteId == siteID)
            .filter(sql: "NOT EXISTS (SELECT 1 FROM scim_user WHERE scim_user.host_id = host.id)")
        if let number = user.employeeNumber?.value {
            return try unprovisioned.filter(sql: "employee_number = ?", arguments: [number]).fetchOne(db)
        }
        guard let email = user.email?.value else { return nil }
        return try unprovisioned.filter(sql: "email = ? COLLATE NOCASE", arguments: [email]).fetchOne(db)
    }

    /// Sets the host's name, contact details, employee number and state from `user`; a host made inactive is
    /// deactivated at `now`, one made active again forgets when they left.
    private static func apply(_ user: ProvisionedUser, to host: inout HostRecord, now: Date) {
        (host.name, host.email, host.phone) = (user.hostName.value, user.email?.value, user.mobile?.e164)
        host.employeeNumber = user.employeeNumber?.value
        if host.active != user.active { (host.active, host.deactivatedAt) = (user.active, user.active ? nil : now) }
    }
}
