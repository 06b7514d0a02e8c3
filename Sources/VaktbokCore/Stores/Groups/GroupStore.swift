import Foundation

/// School groups pre-registered from name lists, and their arrival.
public protocol GroupStore: Sendable {
    /// Imports (or, in a dry run, checks) a name list into the group for its school and date.
    func importGroup(_ request: GroupImport, now: Date) async throws -> GroupImportResult
    /// The groups expected at a site on a local date.
    func groups(siteID: Int64, date: CalendarDate) async throws -> [GroupDetails]
    /// One group, at this site when `siteID` is given.
    func group(id: Int64, siteID: Int64?) async throws -> GroupDetails
    /// Checks in members of a group (all not yet arrived when `memberIDs` is nil) in one transaction.
    func arrive(
        groupID id: Int64, memberIDs: [Int64]?, siteID: Int64?, contactPhone: PhoneNumber?, staffID: Int64?, now: Date
    ) async throws -> GroupArrival
    /// The visits of a group's arrived members, for their badges.
    func arrivedVisits(groupID id: Int64, siteID: Int64?) async throws -> [VisitDetails]
}
