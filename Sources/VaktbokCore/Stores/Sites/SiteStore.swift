import Foundation

/// Office locations and the employees visitors come to see.
public protocol SiteStore: Sendable {
    /// The site with this code; `StoreError.notFound` if there is none.
    func site(code: SiteCode) async throws -> SiteRecord
    /// The site with this id; `StoreError.notFound` if there is none.
    func site(id: Int64) async throws -> SiteRecord
    /// Every site, by code.
    func sites() async throws -> [SiteRecord]
    /// Adds a site (audited by id); a code in use is `duplicate(field: "code")`.
    func addSite(code: SiteCode, name: String, timeZone: TimeZoneName, actor: AuditActor, now: Date) async throws -> SiteRecord
    /// Applies `change` to the site with `code` in one transaction, audited by the names of the settings that changed;
    /// `notFound` for a site the actor may not see.
    func changeSite(code: SiteCode, _ change: SiteSettingsChange, actor: AuditActor, now: Date) async throws -> SiteRecord
    /// Active hosts of a site whose name parts start with every word of `prefix` in any order (case- and
    /// accent-insensitive): an exact name first, then by name.
    func searchHosts(siteID: Int64, prefix: String, limit: Int) async throws -> [HostRecord]
    /// Imports a host directory into the site in one transaction (matched by employee number, else e-mail); with
    /// `deactivateMissing`, the site's active hosts the list leaves out are deactivated. A dry run stores nothing.
    func importHosts(_ list: HostList, siteID: Int64, deactivateMissing: Bool, dryRun: Bool, actor: AuditActor, now: Date) async throws
        -> [HostImportRow]
    /// Every host of the site, active or not, by name, each marked when the identity provider manages them.
    func hostDirectory(siteID: Int64) async throws -> [DirectoryHost]
    /// Adds an active host to the site (audited by id).
    func addHost(_ details: HostDetails, siteID: Int64, actor: AuditActor, now: Date) async throws -> HostRecord
    /// Replaces host `id`'s details (audited by the fields that changed); 404 for another site's host, 409 for one
    /// the identity provider manages.
    func changeHost(id: Int64, siteID: Int64, to details: HostDetails, actor: AuditActor, now: Date) async throws -> HostRecord
    /// Deactivates host `id` (left the company; audited); 404 for another site's host, 409 for one already inactive or
    /// managed by the identity provider.
    func deactivateHost(id: Int64, siteID: Int64, actor: AuditActor, now: Date) async throws -> HostRecord
}
