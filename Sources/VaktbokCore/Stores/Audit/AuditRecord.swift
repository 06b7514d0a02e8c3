import Foundation

/// One audit-log entry (row of `audit_log`): who did what, where, with counts and ids only, never personal data.
public struct AuditRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var at: Date
    /// `staff:<id>` or `cli:<os user>`.
    public var actor: String
    /// What was done, e.g. `contact-report`.
    public var action: String
    public var siteId: Int64?
    /// A JSON object of counts, ids and parameters.
    public var details: String

    /// `details` decoded; empty if it were ever not a JSON object.
    public var detailValues: [String: AuditValue] {
        (try? JSONDecoder().decode([String: AuditValue].self, from: Data(details.utf8))) ?? [:]
    }

    /// Creates the value from its parts.
    public init(id: Int64? = nil, at: Date, actor: String, action: String, siteId: Int64? = nil, details: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.siteId = siteId
        self.details = details
    }
}
