import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    public func hostDirectory(siteID: Int64) async throws -> [DirectoryHost] {
        try await read { db in
            let provisioned = Set(try Int64.fetchAll(db, sql: "SELECT host_id FROM scim_user WHERE site_id = ?", arguments: [siteID]))
            return try HostRecord.filter(HostRecord.Columns.siteId == siteID).order(HostRecord.Columns.name).fetchAll(db)
                .map { DirectoryHost(host: $0, provisioned: provisioned.contains($0.rowID)) }
        }
    }

    public func addHost(_ details: HostDetails, siteID: Int64, actor: AuditActor, now: Date) async throws -> HostRecord {
        try await write { db in
            guard actor.covers(siteID: siteID), try SiteRecord.fetchOne(db, key: siteID) != nil else {
                throw StoreError.notFound(entity: "site", field: "site")
            }
            var host = HostRecord(siteId: siteID, name: details.name.value, active: true, createdAt: now)
            Self.apply(details, to: &host)
            try Self.refuseTakenEmployeeNumber(of: host, in: db)
            try host.insert(db)
            try Self.audit("host-add", actor: actor, siteID: siteID, details: ["host": .number(Int(host.rowID))], at: now, in: db)
            return host
        }
    }

    public func changeHost(id: Int64, siteID: Int64, to details: HostDetails, actor: AuditActor, now: Date) async throws -> HostRecord {
        try await write { db in
            var host = try Self.manualHost(id: id, siteID: siteID, actor: actor, in: db)
            let before = host
            Self.apply(details, to: &host)
            let changed = [
                ("name", before.name != host.name), ("phone", before.phone != host.phone), ("email", before.email != host.email),
                ("employeeNumber", before.employeeNumber != host.employeeNumber),
            ].filter(\.1).map(\.0)
            guard !changed.isEmpty else { return host }
            try Self.refuseTakenEmployeeNumber(of: host, in: db)
            try host.update(db)
            try Self.audit(
                "host-change", actor: actor, siteID: siteID,
                details: ["host": .number(Int(id)), "fields": .word(changed.joined(separator: ","))], at: now, in: db)
            return host
        }
    }

    public func deactivateHost(id: Int64, siteID: Int64, actor: AuditActor, now: Date) async throws -> HostRecord {
        try await write { db in
            var host = try Self.manualHost(id: id, siteID: siteID, actor: actor, in: db)
            guard host.active else { throw StoreError.conflict("host is already inactive") }
            (host.active, host.deactivatedAt) = (false, now)
            try host.update(db)
            try Self.audit("host-deactivate", actor: actor, siteID: siteID, details: ["host": .number(Int(id))], at: now, in: db)
            return host
        }
    }

    /// Host `id` of `siteID` that the actor may see and that no identity provider manages.
    private static func manualHost(id: Int64, siteID: Int64, actor: AuditActor, in db: Database) throws -> HostRecord {
        guard actor.covers(siteID: siteID), let host = try HostRecord.fetchOne(db, key: id), host.siteId == siteID else {
            throw StoreError.notFound(entity: "host", field: "id")
        }
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM scim_user WHERE host_id = ?", arguments: [id]) == 0 else {
            throw StoreError.conflict("this host is managed by the identity provider (SCIM); change them there")
        }
        return host
    }

    /// 409 when another active host of the site has `host`'s employee number: imports and the identity provider find
    /// hosts by it, so two would make the next import change the wrong one.
    private static func refuseTakenEmployeeNumber(of host: HostRecord, in db: Database) throws {
        guard let number = host.employeeNumber else { return }
        let taken = try HostRecord.filter(
            HostRecord.Columns.siteId == host.siteId && HostRecord.Columns.active == true && HostRecord.Columns.employeeNumber == number
                && HostRecord.Columns.id != host.id
        ).fetchCount(db)
        guard taken == 0 else { throw StoreError.conflict("another active host of this site has this employee number") }
    }

    /// Sets the host's name, contact details and employee number from `details`.
    private static func apply(_ details: HostDetails, to host: inout HostRecord) {
        (host.name, host.phone, host.email) = (details.name.value, details.phone?.e164, details.email?.value)
        host.employeeNumber = details.employeeNumber?.value
    }
}
