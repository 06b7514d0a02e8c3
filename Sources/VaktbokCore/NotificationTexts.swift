import Foundation

/// The texts of the check-in notifications, in bokmål or English; SMS texts fit one segment where the names allow.
public struct NotificationTexts: Sendable {
    public let language: NotificationLanguage

    /// Texts in `language`.
    public init(language: NotificationLanguage) {
        self.language = language
    }

    /// To the visitor: registered at `site`, `host` notified, and the privacy notice if there is one.
    public func visitorSMS(site: String, host: String, privacyURL: String?) -> String {
        let text =
            switch language {
            case .nb: "Velkommen til \(site)! Du er registrert som besøkende, og \(host) er varslet."
            case .en: "Welcome to \(site)! You are registered as a visitor and \(host) has been notified."
            }
        guard let privacyURL else { return text }
        return text + (language == .nb ? " Personvern: " : " Privacy: ") + privacyURL
    }

    /// To the host by SMS: who has arrived, where.
    public func hostSMS(visitor: String, site: String) -> String {
        switch language {
        case .nb: "\(visitor) har kommet til \(site) og venter i resepsjonen."
        case .en: "\(visitor) has arrived at \(site) and is waiting at reception."
        }
    }

    /// To the host by e-mail: subject and plain-text body; `time` is the local check-in time, `link` a line that
    /// goes before the sign-off.
    public func hostEmail(host: String, visitor: String, site: String, time: String, link: String? = nil) -> (subject: String, body: String) {
        let extra = link.map { "\n\($0)\n" } ?? ""
        return switch language {
        case .nb:
            ("Besøk: \(visitor) er kommet", "Hei \(host),\n\n\(visitor) registrerte seg i resepsjonen på \(site) \(time).\n\(extra)\n– Vaktbok\n")
        case .en:
            ("Visitor: \(visitor) has arrived", "Hello \(host),\n\n\(visitor) checked in at reception at \(site) at \(time).\n\(extra)\n– Vaktbok\n")
        }
    }
}
