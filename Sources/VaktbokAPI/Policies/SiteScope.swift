import VaktbokCore

/// Which site a request works on: a bound staff member's own, or the one an unbound member names.
struct SiteScope {
    let store: any SiteStore & VisitStore

    /// The site for `staff`, given the code the request named (if any); 400, 403 or 404 otherwise.
    func site(for staff: StaffIdentity, requested code: String?) async throws -> SiteRecord {
        if let bound = staff.siteID {
            let site = try await store.site(id: bound)
            if let code, try SiteCode(code).value != site.code {
                throw APIError(.forbidden, "you may only work with your own site", field: "site")
            }
            return site
        }
        guard let code else {
            throw APIError(.badRequest, "site is required for staff not bound to a site", field: "site")
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
}
