import Foundation

/// Everyone on site at one office during a window, or the contacts of one visitor: the contact-tracing report.
public struct ContactReport: Sendable {
    /// One visit in the report.
    public struct Entry: Sendable, Equatable {
        public let visitId: Int64
        public let name: String
        public let phone: String
        public let host: String
        public let checkedInAt: Date
        public let checkedOutAt: Date?
        /// `badge` or `automatic`; nil while still on site.
        public let checkoutKind: String?
        /// The school group the visitor came with, if any.
        public let group: String?
        /// Minutes on site at the same time as the index visitor (contacts mode only).
        public let overlapMinutes: Int?

        /// An entry with every field given.
        public init(
            visitId: Int64, name: String, phone: String, host: String, checkedInAt: Date, checkedOutAt: Date?,
            checkoutKind: String?, group: String?, overlapMinutes: Int?
        ) {
            self.visitId = visitId
            self.name = name
            self.phone = phone
            self.host = host
            self.checkedInAt = checkedInAt
            self.checkedOutAt = checkedOutAt
            self.checkoutKind = checkoutKind
            self.group = group
            self.overlapMinutes = overlapMinutes
        }

        /// "still on site", "checked out" or "automatic check-out".
        public var status: String {
            switch checkoutKind {
            case nil: "still on site"
            case "automatic", "closing": "automatic check-out"
            default: "checked out"
            }
        }
    }

    public let site: String
    public let siteName: String
    public let timeZone: TimeZone
    public let days: Int
    public let windowStart: Date
    public let generatedAt: Date
    /// In contacts mode, the index visitor's own visits; nil for the whole-site report.
    public let indexVisitIds: [Int64]?
    public let entries: [Entry]
    private let day: LocalDay

    /// A report with every field given.
    public init(
        site: String, siteName: String, timeZone: TimeZone, days: Int, windowStart: Date, generatedAt: Date,
        indexVisitIds: [Int64]?, entries: [Entry]
    ) {
        self.site = site
        self.siteName = siteName
        self.timeZone = timeZone
        self.days = days
        self.windowStart = windowStart
        self.generatedAt = generatedAt
        self.indexVisitIds = indexVisitIds
        self.entries = entries
        day = LocalDay(timeZone: timeZone)
    }

    /// `date` in the site's local time with its UTC offset.
    func local(_ date: Date) -> String {
        day.isoDateTime(of: date)
    }
}
