/// One result of a host directory import: a row `imported` (new host), `updated`, `unchanged` or `rejected` with the
/// reason, or a host of the site the file no longer lists, `deactivated`.
public struct HostImportRow: Sendable, Equatable {
    /// A row's outcome.
    public enum Status: String, Sendable, CaseIterable {
        case imported, updated, unchanged, deactivated, rejected
    }

    /// The file's line; nil for a deactivated host, which has none.
    public let line: Int?
    public let hostID: Int64?
    public let name: String?
    public let status: Status
    public let reason: String?

    /// Creates the value from its parts.
    public init(line: Int?, hostID: Int64?, name: String?, status: Status, reason: String? = nil) {
        self.line = line
        self.hostID = hostID
        self.name = name
        self.status = status
        self.reason = reason
    }
}
