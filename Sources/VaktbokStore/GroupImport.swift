import Foundation
import VaktbokCore

/// What to import: a name list for one school's visit to one site on one date.
public struct GroupImport: Sendable {
    public var siteID: Int64
    public var date: CalendarDate
    public var school: SchoolName
    public var hostID: Int64
    /// The teacher's phone; nil keeps the one an earlier import gave.
    public var contactPhone: PhoneNumber?
    public var list: NameList
    /// Work out every row's result, store nothing.
    public var dryRun: Bool
    /// Who imports, for the audit log (`staff:ID` or `cli:USER`).
    public var actor: String

    /// An import with every field given.
    public init(
        siteID: Int64, date: CalendarDate, school: SchoolName, hostID: Int64, contactPhone: PhoneNumber?,
        list: NameList, dryRun: Bool, actor: String
    ) {
        self.siteID = siteID
        self.date = date
        self.school = school
        self.hostID = hostID
        self.contactPhone = contactPhone
        self.list = list
        self.dryRun = dryRun
        self.actor = actor
    }
}

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
}
