import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Imports a host directory into site `siteID` in one transaction: each entry matched by employee number, else
    /// by e-mail (any case), among the site's hosts; new ones added, changed ones updated (one who had left and is
    /// listed again comes back), the same ones left as they are. With `deactivateMissing`, the site's active hosts the
    /// file does not list are deactivated. Re-importing the same file changes nothing. A dry run stores nothing.
    public func importHosts(
        _ list: HostList, siteID: Int64, deactivateMissing: Bool, dryRun: Bool, actor: AuditActor, now: Date
    ) async throws -> [HostImportRow] {
        let work: @Sendable (Database) throws -> [HostImportRow] = { db in
            guard try SiteRecord.fetchOne(db, key: siteID) != nil else { throw StoreError.notFound(entity: "site", field: "site") }
            var hosts = try HostRecord.filter(HostRecord.Columns.siteId == siteID).fetchAll(db)
            var rows = list.rejections.map { HostImportRow(line: $0.line, hostID: nil, name: $0.name, status: .rejected, reason: $0.reason) }
            var listed = Set<Int64>()
            var directory = HostDirectoryIndex(hosts)
            for entry in list.entries {
                let index = directory.index(of: entry)
                var host = index.map { hosts[$0] } ?? HostRecord(siteId: siteID, name: entry.name.value, active: true, createdAt: now)
                let before = host
                (host.name, host.phone, host.email) = (entry.name.value, entry.phone?.e164, entry.email?.value)
                host.employeeNumber = entry.employeeID?.value ?? host.employeeNumber
                (host.active, host.deactivatedAt) = (true, nil)
                let status: HostImportRow.Status = index == nil ? .imported : host == before ? .unchanged : .updated
                if status != .unchanged, !dryRun { try host.save(db) }
                if let index {
                    hosts[index] = host
                } else {
                    hosts.append(host)
                    directory.add(host, at: hosts.count - 1)
                }
                if let id = host.id { listed.insert(id) }
                rows.append(HostImportRow(line: entry.line, hostID: host.id, name: host.name, status: status))
            }
            rows.sort { ($0.line ?? 0) < ($1.line ?? 0) }
            for var host in hosts where deactivateMissing && host.active && host.id.map({ !listed.contains($0) }) == true {
                (host.active, host.deactivatedAt) = (false, now)
                if !dryRun { try host.update(db) }
                rows.append(HostImportRow(line: nil, hostID: host.id, name: host.name, status: .deactivated))
            }
            if !dryRun {
                let counts = HostImportRow.Status.allCases.map { status in
                    (status.rawValue, AuditValue.number(rows.filter { $0.status == status }.count))
                }
                try Self.audit("host-import", actor: actor, siteID: siteID, details: Dictionary(uniqueKeysWithValues: counts), at: now, in: db)
            }
            return rows
        }
        return try await dryRun ? read(work) : write(work)
    }

}

/// The site's hosts by employee number and by e-mail (any case), so that each row of a directory of thousands finds
/// its host at once: the one with the row's employee number, else (when the row has none, or the host has none yet)
/// the one with its e-mail address, the first in the site's order when several share it.
private struct HostDirectoryIndex {
    private var byEmployeeNumber: [String: Int] = [:]
    private var byEmail: [String: [Int]] = [:]
    private var numbered = Set<Int>()

    init(_ hosts: [HostRecord]) {
        for (index, host) in hosts.enumerated() { add(host, at: index) }
    }

    /// Records `host` at `index` of the site's list.
    mutating func add(_ host: HostRecord, at index: Int) {
        if let number = host.employeeNumber {
            byEmployeeNumber[number] = byEmployeeNumber[number] ?? index
            numbered.insert(index)
        }
        if let email = host.email?.lowercased() { byEmail[email, default: []].append(index) }
    }

    /// The index of the host `entry` names, if any.
    func index(of entry: HostList.Entry) -> Int? {
        if let number = entry.employeeID?.value, let match = byEmployeeNumber[number] { return match }
        guard let email = entry.email?.value.lowercased() else { return nil }
        // A row with an employee number may match by e-mail only a host that has none yet.
        return byEmail[email]?.first { entry.employeeID == nil || !numbered.contains($0) }
    }
}
