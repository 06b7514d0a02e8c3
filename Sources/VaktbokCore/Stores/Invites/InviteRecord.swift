import Foundation

/// An expected visitor (row of `invite`): name, phone and optional e-mail are its personal data; gone when its day is over.
public struct InviteRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var siteId: Int64
    public var hostId: Int64
    public var visitorName: String
    public var visitorPhone: String
    public var visitorEmail: String?
    /// The site's local date of the visit, `yyyy-MM-dd`.
    public var visitDate: String
    /// The expected time window in minutes after local midnight, both or neither.
    public var windowFrom: Int?
    public var windowUntil: Int?
    /// When the visit's local day is over: the purge deletes the invite then.
    public var dayEndsAt: Date
    /// The code in the invitation's QR, which becomes the visit's badge code on arrival.
    public var badgeCode: String
    /// Incremented by each change of date, so that calendars replace the event they hold.
    public var sequence: Int
    public var createdAt: Date
    public var createdBy: Int64?
    /// The visit the invite became, once the visitor arrived.
    public var visitId: Int64?
    public var arrivedAt: Date?
    /// When it was cancelled: kept (out of every list) only until the visitor has been told, then purged.
    public var cancelledAt: Date?

    /// The visit's local date (stored checked; a corrupt value reads as the UTC date before `dayEndsAt`).
    public var date: CalendarDate { (try? CalendarDate(visitDate)) ?? CalendarDate(of: dayEndsAt.addingTimeInterval(-1), in: .gmt) }

    /// The expected time window, if one was given.
    public var window: VisitWindow? { VisitWindow(fromMinutes: windowFrom, untilMinutes: windowUntil) }

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, siteId: Int64, hostId: Int64, visitorName: String, visitorPhone: String, visitorEmail: String?, visitDate: String,
        window: VisitWindow?, dayEndsAt: Date, badgeCode: String, sequence: Int = 0, createdAt: Date, createdBy: Int64?,
        visitId: Int64? = nil, arrivedAt: Date? = nil, cancelledAt: Date? = nil
    ) {
        self.id = id
        self.siteId = siteId
        self.hostId = hostId
        self.visitorName = visitorName
        self.visitorPhone = visitorPhone
        self.visitorEmail = visitorEmail
        self.visitDate = visitDate
        windowFrom = window?.from.minutes
        windowUntil = window?.until.minutes
        self.dayEndsAt = dayEndsAt
        self.badgeCode = badgeCode
        self.sequence = sequence
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.visitId = visitId
        self.arrivedAt = arrivedAt
        self.cancelledAt = cancelledAt
    }
}
