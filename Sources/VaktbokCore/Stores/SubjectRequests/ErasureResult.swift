/// What an erasure deleted, per kind of record.
public struct ErasureResult: Sendable, Equatable, Codable {
    public let visits: Int
    public let groupMemberships: Int
    public let consents: Int
    public let pendingMessages: Int
    public let invites: Int
    /// False when a reader kept the WAL checkpoint from completing: the deleted rows may linger in the WAL
    /// until the next checkpoint (the nightly purge's, at the latest).
    public var walCheckpointed = true

    /// Creates the value from its parts.
    public init(visits: Int, groupMemberships: Int, consents: Int, pendingMessages: Int, invites: Int = 0) {
        self.visits = visits
        self.groupMemberships = groupMemberships
        self.consents = consents
        self.pendingMessages = pendingMessages
        self.invites = invites
    }
}
