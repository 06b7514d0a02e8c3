/// Office locations and the employees visitors come to see.
public protocol SiteStore: Sendable {
    /// The site with this code; `StoreError.notFound` if there is none.
    func site(code: SiteCode) async throws -> SiteRecord
    /// The site with this id; `StoreError.notFound` if there is none.
    func site(id: Int64) async throws -> SiteRecord
    /// Active hosts of a site whose name parts start with every word of `prefix` in any order (case- and
    /// accent-insensitive): an exact name first, then by name.
    func searchHosts(siteID: Int64, prefix: String, limit: Int) async throws -> [HostRecord]
}
