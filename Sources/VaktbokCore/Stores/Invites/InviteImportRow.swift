/// One row of a bulk invite list and its outcome: `invited`, `existing` (the same invite was there) or `rejected`
/// with the reason.
public struct InviteImportRow: Sendable, Equatable {
    /// A row's outcome.
    public enum Status: String, Sendable {
        case invited, existing, rejected
    }

    public let line: Int
    public let name: String?
    public let status: Status
    public let reason: String?

    /// Creates the value from its parts.
    public init(line: Int, name: String?, status: Status, reason: String? = nil) {
        self.line = line
        self.name = name
        self.status = status
        self.reason = reason
    }
}
