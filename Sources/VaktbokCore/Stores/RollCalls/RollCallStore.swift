import Foundation

/// Evacuation roll calls: a snapshot of who is on site, marks from several wardens, and the end report.
public protocol RollCallStore: Sendable {
    /// Starts a roll call with everyone on site now; a conflict while another is open at the site.
    func startRollCall(_ request: NewRollCall, now: Date) async throws -> RollCallDetails
    /// Roll call `id`, if it is at `siteID` (any site when nil).
    func rollCall(id: Int64, siteID: Int64?) async throws -> RollCallDetails
    /// The site's open roll call, if any.
    func openRollCall(siteID: Int64) async throws -> RollCallDetails?
    /// Marks one person accounted for (or not) as of `markedAt` (the tap, for a mark sent late; kept between the
    /// start and `now`): idempotent, so a mark replayed after a lost answer counts once; the first warden's mark and
    /// time stay when a second marks the same person.
    func markRollCall(
        id: Int64, visitID: Int64, accounted: Bool, siteID: Int64?, staffID: Int64?, markedAt: Date?, now: Date
    ) async throws -> RollCallDetails
    /// Ends roll call `id`; ending it again is a conflict.
    func endRollCall(id: Int64, siteID: Int64?, staffID: Int64?, now: Date) async throws -> RollCallDetails
    /// The site's ended drills (all sites when nil), newest first, for the time-to-full-count figure.
    func drills(siteID: Int64?) async throws -> [RollCallRecord]
}
