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
