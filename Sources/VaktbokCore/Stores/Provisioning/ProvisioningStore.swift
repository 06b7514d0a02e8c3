import Foundation

/// The host directory as a company's identity provider keeps it over SCIM: provisioned hosts of the one site a
/// provisioning token belongs to, and the tokens themselves (stored hashed).
public protocol ProvisioningStore: Sendable {
    /// The site whose live provisioning token is `token`; nil for an unknown or revoked token.
    func provisioningSite(token: String) async throws -> Int64?
    /// The site's provisioned hosts by id matching `filter` (all when nil), from the 0-based `offset`, at most `limit`,
    /// and how many match in all.
    func provisionedUsers(siteID: Int64, filter: ProvisioningFilter?, offset: Int, limit: Int) async throws
        -> (total: Int, users: [ProvisionedUserRecord])
    /// The provisioned host `hostID` of the site; `StoreError.notFound` for none.
    func provisionedUser(hostID: Int64, siteID: Int64) async throws -> ProvisionedUserRecord
    /// Provisions `user` as a host of the site: a host of the site not yet provisioned with the same employee number
    /// (else e-mail) is taken over, otherwise a host is added; `StoreError.duplicate` when the user name is taken.
    func provision(_ user: ProvisionedUser, siteID: Int64, now: Date) async throws -> ProvisionedUserRecord
    /// Replaces what is known of provisioned host `hostID` with `user`; a user made inactive is deactivated.
    func replaceProvisioned(hostID: Int64, siteID: Int64, with user: ProvisionedUser, now: Date) async throws -> ProvisionedUserRecord
    /// Replaces what is known of provisioned host `hostID` with what `change` makes of it, in one transaction, so
    /// that two PATCHes at once each build on the other.
    func patchProvisioned(
        hostID: Int64, siteID: Int64, now: Date, change: @escaping @Sendable (ProvisionedUserRecord) throws -> ProvisionedUser
    ) async throws -> ProvisionedUserRecord
    /// Ends provisioning of host `hostID`: the host is deactivated (the purge forgets them later) and is no SCIM user
    /// any more.
    func deprovision(hostID: Int64, siteID: Int64, now: Date) async throws
    /// A new provisioning token for the site, shown once; the site's earlier tokens stop working.
    func issueProvisioningToken(siteID: Int64, actor: AuditActor, now: Date) async throws -> String
    /// Revokes the site's provisioning tokens; how many were live.
    func revokeProvisioningTokens(siteID: Int64, actor: AuditActor, now: Date) async throws -> Int
}

/// The one kind of SCIM filter served: an attribute equal to a value (`userName eq "kari@example.no"`).
public enum ProvisioningFilter: Sendable, Equatable {
    /// `userName eq "…"`, compared by `ProvisionedUser.userNameKey`.
    case userName(String)
    /// `externalId eq "…"`, compared exactly.
    case externalID(String)
    /// `id eq "…"`.
    case hostID(Int64)
}
