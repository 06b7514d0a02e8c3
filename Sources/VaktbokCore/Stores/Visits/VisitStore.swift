import Foundation

/// Check-in, check-out, the on-site list and contact tracing.
public protocol VisitStore: Sendable {
    /// Registers a visit and queues its notifications in one transaction; a repeated idempotency key answers with
    /// the visit it made, and the same name and phone on site already is refused unless `allowDuplicate`.
    func checkIn(_ visit: NewVisit, now: Date) async throws -> CheckIn
    /// Checks out the open visit with this badge, at this site when `siteID` is given.
    func checkOut(badgeCode: BadgeCode, siteID: Int64?, now: Date) async throws -> VisitDetails
    /// Checks out the open visit with this id, at this site when `siteID` is given.
    func checkOut(visitID: Int64, siteID: Int64?, now: Date) async throws -> VisitDetails
    /// The visit with this id.
    func visit(id: Int64) async throws -> VisitDetails
    /// Visitors checked in and not out at a site, in order of arrival.
    func onSite(siteID: Int64) async throws -> [VisitDetails]
    /// Checks out visits left open on an earlier local day; returns how many.
    func checkOutStaleVisits(now: Date) async throws -> Int
    /// Who was on site in the last `days` days (or who overlapped `visitor`), audited.
    func contactReport(
        siteID: Int64, days: Int, visitor: VisitorKey?, now: Date, actor: AuditActor, format: String
    ) async throws -> ContactReport
}
