import Foundation
import GRDB

/// One office location (row of `site`).
public struct SiteRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "site"
    public var id: Int64?
    public var code: String
    public var name: String
    public var timeZone: String
    public var createdAt: Date

    /// Column names for queries.
    public enum Columns {
        public static let code = Column("code")
    }
}
