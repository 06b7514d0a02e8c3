import Foundation
import GRDB

/// A school group expected at a site on one date (row of `school_group`); its contact phone is personal data.
public struct GroupRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "school_group"
    public var id: Int64?
    public var siteId: Int64
    public var hostId: Int64
    /// The local date the group is expected, `yyyy-MM-dd`.
    public var visitDate: String
    /// When that date is over at the site: members who have not arrived by then are purged.
    public var dayEndsAt: Date
    public var school: String
    /// The school name lower-cased: a re-import for the same school and date finds this group.
    public var schoolKey: String
    /// The teacher's phone, used for the members' visits in contact tracing.
    public var contactPhone: String?
    public var createdAt: Date

    /// Column names for queries.
    public enum Columns {
        public static let siteId = Column("site_id")
        public static let visitDate = Column("visit_date")
        public static let schoolKey = Column("school_key")
    }
}
