import Foundation
import VaktbokCore

/// Who runs a CLI command, for the audit log: `cli:` and the login name, never a person's data.
enum CLIActor {
    /// `cli:$USER`, or `cli:unknown`.
    static var current: String { "cli:\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")" }
    /// The CLI user as an actor of every site (the CLI runs on the server, with the database file's rights).
    static var audit: AuditActor { AuditActor(label: current, siteID: nil) }
}
