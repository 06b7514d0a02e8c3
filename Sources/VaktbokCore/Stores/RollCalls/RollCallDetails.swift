/// A roll call with its entries, the missing first.
public struct RollCallDetails: Equatable, Sendable {
    public let rollCall: RollCallRecord
    public let entries: [RollCallEntry]

    /// Details of `rollCall` with `entries`.
    public init(rollCall: RollCallRecord, entries: [RollCallEntry]) {
        self.rollCall = rollCall
        self.entries = entries
    }

    /// How many of the snapshot are not accounted for (people whose visit was since deleted no longer count).
    public var missing: Int { entries.count { $0.accountedAt == nil } }
}
