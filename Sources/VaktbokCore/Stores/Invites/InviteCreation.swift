/// What creating an invite did: the invite, and whether the same invite (site, date, host and phone) existed already.
public struct InviteCreation: Sendable, Equatable {
    public let details: InviteDetails
    /// True when an identical invite was there already: nothing new was made or sent.
    public let existed: Bool

    /// Creates the value from its parts.
    public init(details: InviteDetails, existed: Bool) {
        self.details = details
        self.existed = existed
    }
}
