/// An invitation to register: who is expected, by whom, on which local date and optionally when, created by whom.
public struct NewInvite: Sendable {
    public let siteID: Int64
    public let hostID: Int64
    public let name: PersonName
    public let phone: PhoneNumber
    public let email: EmailAddress?
    public let date: CalendarDate
    public let window: VisitWindow?
    /// The staff member or integration login that created it.
    public let staffID: Int64?

    /// Creates the value from its parts.
    public init(
        siteID: Int64, hostID: Int64, name: PersonName, phone: PhoneNumber, email: EmailAddress?, date: CalendarDate, window: VisitWindow?,
        staffID: Int64?
    ) {
        self.siteID = siteID
        self.hostID = hostID
        self.name = name
        self.phone = phone
        self.email = email
        self.date = date
        self.window = window
        self.staffID = staffID
    }
}
