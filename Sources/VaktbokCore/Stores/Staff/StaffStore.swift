import Foundation

/// Staff logins as the admin console and the CLI manage them. A site-bound actor sees and changes only its site's
/// logins (others are `notFound`); every change is audited by login id and field names.
public protocol StaffStore: Sendable {
    /// The logins `actor` may manage, with the code of the site each is bound to (nil: all sites), by username.
    func staffList(actor: AuditActor) async throws -> [(staff: StaffRecord, site: String?)]
    /// Adds a login, bound to `siteCode` when given; a taken username is `duplicate(field: "username")`.
    func addStaff(username: String, passwordHash: String, role: Role, siteCode: SiteCode?, actor: AuditActor, now: Date) async throws -> StaffRecord
    /// Gives login `id` a role and site binding, and signs it out everywhere (its sessions carried the old ones).
    func changeStaff(id: Int64, role: Role, siteCode: SiteCode?, actor: AuditActor, now: Date) async throws -> StaffRecord
    /// Gives login `id` a new password hash and signs it out everywhere.
    func setPassword(id: Int64, passwordHash: String, actor: AuditActor, now: Date) async throws -> StaffRecord
    /// Deletes login `id` and its sessions.
    func removeStaff(id: Int64, actor: AuditActor, now: Date) async throws
}
