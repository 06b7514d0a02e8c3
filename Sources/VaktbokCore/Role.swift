/// A staff member's role, which decides the permissions they hold.
public enum Role: String, Codable, CaseIterable, Sendable {
    case reception
    case privacy
    case admin
    /// A fire warden: roll calls only.
    case firewarden
    /// A calendar or meeting-room system: invites at its one site only.
    case integration

    /// Whether a login with this role must be bound to one site.
    public var mustBeSiteBound: Bool { self == .integration }

    /// Whether this role holds `permission`.
    public func permits(_ permission: Permission) -> Bool {
        switch self {
        case .admin: true
        case .reception: permission == .frontDesk || permission == .rollCall || permission == .invites
        case .privacy: permission == .privacyWork
        case .firewarden: permission == .rollCall
        case .integration: permission == .invites
        }
    }
}
