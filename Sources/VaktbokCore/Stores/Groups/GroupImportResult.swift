import Foundation

/// What an import did (or, in a dry run, would do): the group and every row's result, in list order.
public struct GroupImportResult: Sendable {
    /// A row's outcome.
    public enum Status: String, Codable, Sendable {
        case imported, unchanged, updated, rejected
    }

    /// One row of the list and its outcome; `reason` only for a rejection.
    public struct Row: Sendable, Equatable {
        public let line: Int
        public let name: String?
        public let role: MemberRole?
        public let status: Status
        public let reason: String?

        /// Creates the value from its parts.
        public init(line: Int, name: String? = nil, role: MemberRole? = nil, status: Status, reason: String? = nil) {
            self.line = line
            self.name = name
            self.role = role
            self.status = status
            self.reason = reason
        }
    }

    /// The group; its id is nil in a dry run that would create it.
    public let group: GroupRecord
    /// Whether this import created the group.
    public let created: Bool
    /// Whether it changed the group's host or contact phone.
    public let groupChanged: Bool
    public let rows: [Row]

    /// How many rows ended in `status`.
    public func count(_ status: Status) -> Int { rows.filter { $0.status == status }.count }

    /// Creates the value from its parts.
    public init(group: GroupRecord, created: Bool, groupChanged: Bool, rows: [Row]) {
        self.group = group
        self.created = created
        self.groupChanged = groupChanged
        self.rows = rows
    }
}
