import Foundation

/// The result of re-checking the receipt chain.
public struct ReceiptCheck: Sendable, Equatable {
    /// Receipts whose hash and link were recomputed and matched, from the first on.
    public let intact: Int
    /// The id of the first receipt that did not match, if any.
    public let firstBroken: Int64?

    /// Creates the value from its parts.
    public init(intact: Int, firstBroken: Int64?) {
        self.intact = intact
        self.firstBroken = firstBroken
    }
}
