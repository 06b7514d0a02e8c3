/// The language a site's notifications are written in.
public enum NotificationLanguage: String, Sendable, CaseIterable {
    case nb, en
}
