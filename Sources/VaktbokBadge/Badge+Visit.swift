import VaktbokCore

extension Badge {
    /// The badge of `details`: visitor, host, site, the visit's local date and its badge code.
    public init(_ details: VisitDetails) {
        self.init(
            visitorName: details.visit.visitorName, hostName: details.hostName, siteName: details.siteName,
            date: LocalDay(timeZone: details.siteZone).isoDate(of: details.visit.checkedInAt), code: details.visit.badgeCode
        )
    }
}
