/// A roll call with its entries, the missing first.
public struct RollCallDetails: Equatable, Sendable {
    public let rollCall: RollCallRecord
    public let entries: [RollCallEntry]

    /// Details of `rollCall` with `entries`.
    public init(rollCall: RollCallRecord, entries: [RollCallEntry]) {
        self.rollCall = rollCall
        self.entries = entries
    }

    /// How many of the snapshot are not accounted for: once ended, the figure recorded at the end, which stays
    /// when the entries are deleted with their visits.
    public var missing: Int { rollCall.missingAtEnd ?? entries.count { $0.accountedAt == nil } }
}
