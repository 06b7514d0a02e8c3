import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Adds an active host to the site with `siteCode`.
    public func addHost(
        siteCode: SiteCode, name: PersonName, phone: PhoneNumber?, email: EmailAddress?, now: Date
    ) async throws -> HostRecord {
        try await write { db in
            let site = try Self.site(code: siteCode, in: db)
            var host = HostRecord(
                id: nil, siteId: site.rowID, name: name.value, phone: phone?.e164,
                email: email?.value, active: true, createdAt: now
            )
            try host.insert(db)
            return host
        }
    }

    /// Every host of the site with `siteCode`, active or not, by name.
    public func hosts(siteCode: SiteCode) async throws -> [HostRecord] {
        try await read { db in
            let site = try Self.site(code: siteCode, in: db)
            return try HostRecord.filter(HostRecord.Columns.siteId == site.rowID)
                .order(HostRecord.Columns.name).fetchAll(db)
        }
    }

    /// Active hosts of site `siteID` whose name parts start with every word of `prefix`, in any order (case- and
    /// accent-insensitive); an exact name first, then by name.
    public func searchHosts(siteID: Int64, prefix: String, limit: Int) async throws -> [HostRecord] {
        let words = SearchFolding.words(of: prefix)
        let hosts = try await read { db in
            var request = HostRecord.filter(HostRecord.Columns.siteId == siteID && HostRecord.Columns.active == true)
            for word in words {
                let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")
                request = request.filter(sql: "search_key LIKE ? ESCAPE '\\'", arguments: ["% " + escaped + "%"])
            }
            return try request.fetchAll(db)
        }
        let typed = SearchFolding.fold(prefix.trimmingWhitespace())
        let isExact = { (host: HostRecord) in SearchFolding.fold(host.name) == typed }
        return hosts.filter { SearchFolding.matches($0.name, query: prefix) }
            .sorted { lhs, rhs in
                isExact(lhs) != isExact(rhs) ? isExact(lhs) : lhs.name.localizedStandardCompare(rhs.name) == .orderedAscending
            }
            .prefix(limit).map { $0 }
    }

    /// Marks host `id` inactive at `now` (whatever their site) so that no new visit can name them; their past visits
    /// stay intact, and the purge forgets the host once the site's retention window has passed.
    public func deactivateHost(id: Int64, actor: AuditActor, now: Date) async throws -> HostRecord {
        guard let siteID = try await read({ db in try HostRecord.fetchOne(db, key: id)?.siteId }) else {
            throw StoreError.notFound(entity: "host", field: "id")
        }
        return try await deactivateHost(id: id, siteID: siteID, actor: actor, now: now)
    }
}
