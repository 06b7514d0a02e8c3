/// What a route needs its caller to be allowed to do.
public enum Permission: Sendable {
    /// Check-in, check-out, the on-site list, host lookup and badges.
    case frontDesk
    /// Reports and data-subject requests.
    case privacyWork
    /// Evacuation roll calls: start, mark, end.
    case rollCall
    /// Create, list, change and cancel invitations of expected visitors.
    case invites
    /// Add, change and remove badge printers and the kiosk terminals that use them.
    case printers
    /// Import the host directory.
    case directory
    /// Add, change and remove staff logins, and reset their passwords.
    case staff
    /// Add sites and change their retention and notification settings.
    case sites
}
