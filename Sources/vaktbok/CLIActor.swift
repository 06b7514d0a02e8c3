import Foundation
import VaktbokCore

/// Who runs a CLI command, for the audit log: `cli:` and the login name, never a person's data; an actor of every
/// site, since the CLI runs on the server with the database file's rights.
enum CLIActor {
    /// `cli:$USER`, or `cli:unknown`.
    static var audit: AuditActor { AuditActor(label: "cli:\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")", siteID: nil) }
}
