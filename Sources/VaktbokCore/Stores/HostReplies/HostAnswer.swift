/// What a host answers through a link in their messages: to the arrival (`coming`, `soon`, `cannot`) or to the
/// reminder that the visitor is still checked in (`left`, `staying`).
public enum HostAnswer: String, Codable, Sendable, CaseIterable {
    /// "Coming now."
    case coming
    /// "In 5–10 minutes."
    case soon
    /// "Can't come — please ask the visitor to wait or reschedule."
    case cannot
    /// "They have left": checks the visit out.
    case left
    /// "Still here."
    case staying

    /// The most SMS a visitor gets from their host's answers, however often a forwarded link is tapped.
    public static let maxVisitorMessages = 3

    /// The link that offers this answer.
    public var purpose: HostLinkPurpose {
        switch self {
        case .coming, .soon, .cannot: .reply
        case .left, .staying: .reminder
        }
    }
}
