import VaktbokCore

/// The staff member behind a valid bearer token.
public struct StaffIdentity: Sendable {
    public let staffID: Int64
    public let role: Role
    /// The only site they may see, or nil for all sites.
    public let siteID: Int64?
    /// The bearer token the request came with, so that sign-out can revoke it.
    let token: String
    /// The kiosk terminal named at sign-in, which decides the badge printer.
    let terminal: String?

    /// The staff member as the store's audit log and site scoping see them.
    public var actor: AuditActor { .staff(staffID, siteID: siteID) }
}
