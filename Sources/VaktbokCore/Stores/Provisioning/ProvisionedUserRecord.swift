import Foundation

/// A provisioned host as stored: the host's id (also the SCIM id), the identity provider's description of them, and
/// when the provisioning link was made and last changed.
public struct ProvisionedUserRecord: Sendable, Equatable {
    /// The host's id, which is the SCIM resource's `id`.
    public let hostID: Int64
    /// What the identity provider last said of the host.
    public let user: ProvisionedUser
    /// When the host was first provisioned (SCIM `meta.created`).
    public let createdAt: Date
    /// When the host was last changed over SCIM (SCIM `meta.lastModified`).
    public let updatedAt: Date

    /// A record from its parts.
    public init(hostID: Int64, user: ProvisionedUser, createdAt: Date, updatedAt: Date) {
        self.hostID = hostID
        self.user = user
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
