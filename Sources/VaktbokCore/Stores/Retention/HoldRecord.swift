import Foundation

/// A restriction or legal hold on one visit (row of `hold`): the purge keeps the visit until `endsAt`.
public struct HoldRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var visitId: Int64
    /// Why the record is kept, e.g. "legal hold, case 2026-114"; never a visitor's data.
    public var reason: String
    public var endsAt: Date
    public var createdAt: Date
    public var releasedAt: Date?
    /// The data-subject request that asked for the restriction, if one did.
    public var requestId: Int64?

    /// Creates the value from its parts.
    public init(id: Int64? = nil, visitId: Int64, reason: String, endsAt: Date, createdAt: Date, releasedAt: Date? = nil, requestId: Int64? = nil) {
        self.id = id
        self.visitId = visitId
        self.reason = reason
        self.endsAt = endsAt
        self.createdAt = createdAt
        self.releasedAt = releasedAt
        self.requestId = requestId
    }
}
