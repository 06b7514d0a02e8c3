import Foundation

/// Expected visitors: invitations ahead of a visit, their arrival by one scan or tap, and the scan field's decision.
public protocol InviteStore: Sendable {
    /// Creates an invite and queues the invitation to the visitor and the note to the host, in one transaction; an
    /// identical invite (site, date, host, phone) is answered as it is, with nothing sent again.
    func createInvite(_ invite: NewInvite, now: Date) async throws -> InviteCreation
    /// Invites every guest of `list` to `hostID` at `siteID` on `date`, in one transaction (rolled back in a dry run);
    /// each row's outcome in list order.
    func importInvites(
        _ list: InviteList, siteID: Int64, hostID: Int64, date: CalendarDate, window: VisitWindow?, dryRun: Bool, staffID: Int64?, now: Date
    ) async throws -> [InviteImportRow]
    /// The id of the active host of `siteID` with this work e-mail (case aside), for integrations that know hosts by address.
    func activeHostID(email: EmailAddress, siteID: Int64) async throws -> Int64
    /// The live invites of a site on a local date (only those `createdBy` made, when given), by time window and name.
    func invites(siteID: Int64, date: CalendarDate, createdBy: Int64?) async throws -> [InviteDetails]
    /// One live invite, at this site when `siteID` is given, made by `createdBy` when given.
    func invite(id: Int64, siteID: Int64?, createdBy: Int64?) async throws -> InviteDetails
    /// Moves an invite not yet used to another date and window (a few times at most), and tells the visitor.
    func rescheduleInvite(
        id: Int64, siteID: Int64?, createdBy: Int64?, date: CalendarDate, window: VisitWindow?, actor: AuditActor, now: Date
    ) async throws -> InviteDetails
    /// Cancels an invite not yet used: it leaves every list, and the visitor is told if the invitation had gone out.
    func cancelInvite(id: Int64, siteID: Int64?, createdBy: Int64?, actor: AuditActor, now: Date) async throws
    /// Checks the invited visitor in as a normal visit on the invite's date; a second arrival answers with that visit.
    func arriveInvite(id: Int64, siteID: Int64?, staffID: Int64?, now: Date) async throws -> CheckIn
    /// One scan at the desk: an open visit's badge checks out, today's invitation checks in.
    func scan(code: BadgeCode, siteID: Int64?, staffID: Int64?, now: Date) async throws -> ScanOutcome
    /// The invitation behind a code, for the visitor's own page: not found once its day is over or it was cancelled.
    func invitation(code: BadgeCode, now: Date) async throws -> InviteDetails
}
