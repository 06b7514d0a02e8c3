extension NotificationTexts {
    /// A chat channel's line for `event`: the host SMS's words, naming the visitor only when the site shares
    /// personal data with its webhook (`visitor` nil otherwise); `arrived` counts a group's members.
    public func chatText(
        _ event: WebhookEvent, visitor: String?, host: String, site: String, arrived: Int = 0, answer: HostAnswer? = nil, date: String = ""
    ) -> String {
        switch (event, language) {
        case (.visitCheckedIn, .nb):
            visitor.map { "\($0) har kommet til \(site) og venter i resepsjonen (vert: \(host))." }
                ?? "En besøkende til \(host) har kommet til \(site) og venter i resepsjonen."
        case (.visitCheckedIn, .en):
            visitor.map { "\($0) has arrived at \(site) and is waiting at reception (host: \(host))." }
                ?? "A visitor for \(host) has arrived at \(site) and is waiting at reception."
        case (.visitCheckedOut, .nb):
            visitor.map { "\($0) har gått fra \(site) (vert: \(host))." } ?? "En besøkende til \(host) har gått fra \(site)."
        case (.visitCheckedOut, .en):
            visitor.map { "\($0) has left \(site) (host: \(host))." } ?? "A visitor for \(host) has left \(site)."
        case (.visitHostReplied, _):
            "\(host): " + hostAnswer(answer ?? .coming) + (visitor.map { " (\($0), \(site))" } ?? " (\(site))")
        case (.groupArrived, .nb): "En gruppe på \(arrived) har kommet til \(site) (vert: \(host))."
        case (.groupArrived, .en): "A group of \(arrived) has arrived at \(site) (host: \(host))."
        case (.inviteCreated, .nb): "\(visitor ?? "En besøkende") er invitert til \(site) \(date) (vert: \(host))."
        case (.inviteCreated, .en): "\(visitor ?? "A visitor") is invited to \(site) on \(date) (host: \(host))."
        }
    }
}
