import Foundation

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
    public var actor: AuditActor

    /// An import with every field given.
    public init(
        siteID: Int64, date: CalendarDate, school: SchoolName, hostID: Int64, contactPhone: PhoneNumber?,
        list: NameList, dryRun: Bool, actor: AuditActor
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
