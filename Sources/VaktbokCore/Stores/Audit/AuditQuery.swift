import Foundation

/// Which audit entries to read: one site's or all, one action or all, a time window, a page.
public struct AuditQuery: Sendable, Equatable {
    /// Only this site's entries; nil for every site.
    public var siteID: Int64?
    /// Only entries of this action (`contact-report`, `subject-erase`, …); nil for every action.
    public var action: String?
    /// Only entries at or after this time.
    public var from: Date?
    /// Only entries before this time.
    public var until: Date?
    /// Only entries with a smaller id (the next page back).
    public var beforeID: Int64?
    /// At most this many entries.
    public var limit: Int

    /// A query for the newest `limit` entries of `siteID` (nil: every site), optionally narrowed.
    public init(siteID: Int64?, limit: Int, beforeID: Int64? = nil, action: String? = nil, from: Date? = nil, until: Date? = nil) {
        (self.siteID, self.limit, self.beforeID, self.action, self.from, self.until) = (siteID, limit, beforeID, action, from, until)
    }
}
