/// What a host answers through the link in their notification.
public enum HostAnswer: String, Codable, Sendable, CaseIterable {
    /// "Coming now."
    case coming
    /// "In 5–10 minutes."
    case soon
    /// "Can't come — please ask the visitor to wait or reschedule."
    case cannot
}
