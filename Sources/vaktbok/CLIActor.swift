import Foundation

/// Who runs a CLI command, for the audit log: `cli:` and the login name, never a person's data.
enum CLIActor {
    /// `cli:$USER`, or `cli:unknown`.
    static var current: String { "cli:\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")" }
}
