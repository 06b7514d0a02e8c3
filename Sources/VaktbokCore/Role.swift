/// A staff member's role, which decides the permissions they hold.
public enum Role: String, Codable, CaseIterable, Sendable {
    case reception
    case privacy
    case admin

    /// Whether this role holds `permission`.
    public func permits(_ permission: Permission) -> Bool {
        switch self {
        case .admin: true
        case .reception: permission == .frontDesk
        case .privacy: permission == .privacyWork
        }
    }
}

/// What a route needs its caller to be allowed to do.
public enum Permission: Sendable {
    /// Check-in, check-out, the on-site list, host lookup and badges.
    case frontDesk
    /// Reports and data-subject requests.
    case privacyWork
}
