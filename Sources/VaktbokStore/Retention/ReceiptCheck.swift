import Foundation
import VaktbokCore

/// The result of re-checking the receipt chain.
public struct ReceiptCheck: Sendable, Equatable {
    /// Receipts whose hash and link were recomputed and matched, from the first on.
    public let intact: Int
    /// The id of the first receipt that did not match, if any.
    public let firstBroken: Int64?
}
