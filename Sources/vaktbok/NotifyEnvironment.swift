import Foundation
import VaktbokNotify

/// Reads the notification settings from the environment, so that gateway secrets never appear on a command line.
enum NotifyEnvironment {
    /// `VAKTBOK_SMS_PROVIDER` (`twilio`, `json` or unset), `VAKTBOK_SMS_URL`, `VAKTBOK_SMS_ACCOUNT_SID`,
    /// `VAKTBOK_SMS_AUTH_TOKEN` (Twilio) or `VAKTBOK_SMS_TOKEN` (JSON), `VAKTBOK_SMS_FROM`, `VAKTBOK_SENDMAIL`,
    /// `VAKTBOK_MAIL_FROM`.
    static func config(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> NotifyConfig {
        var config = NotifyConfig()
        let value = { (name: String) throws -> String in
            guard let text = environment[name], !text.isEmpty else { throw CLIError("\(name) must be set for this SMS provider") }
            return text
        }
        switch environment["VAKTBOK_SMS_PROVIDER"] ?? "" {
        case "": break
        case "twilio":
            config.sms = .twilio(
                baseURL: try value("VAKTBOK_SMS_URL"), accountSID: try value("VAKTBOK_SMS_ACCOUNT_SID"),
                authToken: try value("VAKTBOK_SMS_AUTH_TOKEN")
            )
        case "json": config.sms = .json(url: try value("VAKTBOK_SMS_URL"), token: try value("VAKTBOK_SMS_TOKEN"))
        default: throw CLIError("VAKTBOK_SMS_PROVIDER must be twilio or json")
        }
        if let from = environment["VAKTBOK_SMS_FROM"] { config.smsFrom = from }
        if let sendmail = environment["VAKTBOK_SENDMAIL"] {
            config.sendmail = sendmail.split(separator: " ").map(String.init)
            guard !config.sendmail.isEmpty else { throw CLIError("VAKTBOK_SENDMAIL must name a command") }
        }
        if let from = environment["VAKTBOK_MAIL_FROM"] { config.mailFrom = from }
        return config
    }
}
