/// What a check-in did: the visit, and whether it was made earlier under the same idempotency key.
public struct CheckIn: Sendable, Equatable {
    public let details: VisitDetails
    /// True when the request repeated an earlier one (same key, same content) and no new visit was made.
    public let replayed: Bool

    /// Creates the value from its parts.
    public init(details: VisitDetails, replayed: Bool) {
        self.details = details
        self.replayed = replayed
    }
}
