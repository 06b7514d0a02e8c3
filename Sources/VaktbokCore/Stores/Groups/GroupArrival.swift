import Foundation

/// What one arrival batch did: the members checked in now, and those who had arrived already.
public struct GroupArrival: Sendable, Equatable {
    public let group: GroupDetails
    /// Member ids checked in by this batch.
    public let arrived: [Int64]
    /// Member ids that had arrived before, left as they were.
    public let alreadyArrived: [Int64]

    /// Creates the value from its parts.
    public init(group: GroupDetails, arrived: [Int64], alreadyArrived: [Int64]) {
        self.group = group
        self.arrived = arrived
        self.alreadyArrived = alreadyArrived
    }
}
