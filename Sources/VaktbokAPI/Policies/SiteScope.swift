import Synchronization
import VaktbokCore

/// Which site a request works on: a bound staff member's own, or the one an unbound member names.
struct SiteScope {
    let store: any SiteStore & VisitStore
    /// Site IDs by code, as found: a site keeps its code and is never deleted while `serve` runs (`restore` refuses
    /// to replace a database in use), so a pair once read holds, and a route that needs only the ID reads no row.
    private let idsByCode = SiteIDsByCode()

    /// Creates the scope over `store`.
    init(store: any SiteStore & VisitStore) {
        self.store = store
    }

    /// The ID of the site for `staff`, as `site(for:requested:)` would give it, but without reading the site
    /// once its code has been seen.
    func siteID(for staff: StaffIdentity, requested code: String?) async throws -> Int64 {
        guard let code else {
            guard let bound = staff.siteID else { throw Self.siteRequired }
            return bound
        }
        let value = try SiteCode(code).value
        if let known = idsByCode.id(of: value) {
            if let bound = staff.siteID, bound != known { throw Self.otherSite }
            return known
        }
        let site = try await self.site(for: staff, requested: code)
        idsByCode.remember(site.rowID, for: site.code)
        return site.rowID
    }

    /// The site for `staff`, given the code the request named (if any); 400, 403 or 404 otherwise.
    func site(for staff: StaffIdentity, requested code: String?) async throws -> SiteRecord {
        if let bound = staff.siteID {
            let site = try await store.site(id: bound)
            if let code, try SiteCode(code).value != site.code {
                throw Self.otherSite
            }
            return site
        }
        guard let code else {
            throw Self.siteRequired
        }
        return try await store.site(code: SiteCode(code))
    }

    /// The visit named by the path's `{id}` if the caller may work the front desk at its site;
    /// 404 for other sites' visits, so that they stay hidden.
    func visit(in context: AppRequestContext) async throws -> VisitDetails {
        let staff = try context.require(.frontDesk)
        let details = try await store.visit(id: try context.pathID(of: "visit"))
        if let bound = staff.siteID, bound != details.visit.siteId {
            throw StoreError.notFound(entity: "visit", field: "id")
        }
        return details
    }

    /// 403 for a bound staff member naming another site.
    private static let otherSite = APIError(.forbidden, "you may only work with your own site", field: "site")
    /// 400 for an unbound staff member naming no site.
    private static let siteRequired = APIError(.badRequest, "site is required for staff not bound to a site", field: "site")
}

/// Site codes and the IDs they were found with, shared by every copy of a `SiteScope`.
private final class SiteIDsByCode: Sendable {
    private let ids = Mutex<[String: Int64]>([:])

    /// The ID found for `code` before, if any.
    func id(of code: String) -> Int64? { ids.withLock { $0[code] } }

    /// Remembers that `code` is the site with `id`.
    func remember(_ id: Int64, for code: String) { ids.withLock { $0[code] = id } }
}
