/// What a host's link is for: answering the arrival, or the reminder that the visitor is still checked in.
public enum HostLinkPurpose: String, Codable, Sendable, CaseIterable {
    case reply
    case reminder
}
