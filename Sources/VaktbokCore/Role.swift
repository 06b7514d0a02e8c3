/// A staff member's role, which decides the permissions they hold.
public enum Role: String, Codable, CaseIterable, Sendable {
    case reception
    case privacy
    case admin
    /// A fire warden: roll calls only.
    case firewarden

    /// Whether this role holds `permission`.
    public func permits(_ permission: Permission) -> Bool {
        switch self {
        case .admin: true
        case .reception: permission == .frontDesk || permission == .rollCall
        case .privacy: permission == .privacyWork
        case .firewarden: permission == .rollCall
        }
    }
}
