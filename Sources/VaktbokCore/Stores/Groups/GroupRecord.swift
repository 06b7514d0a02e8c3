import Foundation

/// A school group expected at a site on one date (row of `school_group`); its contact phone is personal data.
public struct GroupRecord: StoredRecord, Codable, Sendable, Equatable {
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

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, siteId: Int64, hostId: Int64, visitDate: String, dayEndsAt: Date, school: String, schoolKey: String,
        contactPhone: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.siteId = siteId
        self.hostId = hostId
        self.visitDate = visitDate
        self.dayEndsAt = dayEndsAt
        self.school = school
        self.schoolKey = schoolKey
        self.contactPhone = contactPhone
        self.createdAt = createdAt
    }
}
