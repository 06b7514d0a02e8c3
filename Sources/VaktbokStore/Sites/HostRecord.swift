import Foundation
import GRDB

/// An employee visitors come to see (row of `host`).
public struct HostRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "host"
    public var id: Int64?
    public var siteId: Int64
    public var name: String
    public var phone: String?
    public var email: String?
    public var active: Bool
    public var createdAt: Date

    /// Column names for queries.
    public enum Columns {
        public static let siteId = Column("site_id")
        public static let active = Column("active")
        public static let name = Column("name")
    }
}
