import Foundation
import GRDB

/// A restriction or legal hold on one visit (row of `hold`): the purge keeps the visit until `endsAt`.
public struct HoldRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "hold"
    public var id: Int64?
    public var visitId: Int64
    /// Why the record is kept, e.g. "legal hold, case 2026-114"; never a visitor's data.
    public var reason: String
    public var endsAt: Date
    public var createdAt: Date
    public var releasedAt: Date?
    /// The data-subject request that asked for the restriction, if one did.
    public var requestId: Int64?

    /// The SQL condition "this hold keeps its visit at the `?` instant".
    static let activeCondition = "released_at IS NULL AND ends_at > ?"

    /// Column names for queries.
    public enum Columns {
        public static let endsAt = Column("ends_at")
    }
}
