import Foundation

/// Parses `--now`-style options: an ISO 8601 instant such as `2026-11-22T03:15:00Z`.
enum Instant {
    /// The instant in `text`, the current time when nil, or a `CLIError` naming `option`.
    static func parse(_ text: String?, option: String = "--now") throws -> Date {
        guard let text else { return Date() }
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw CLIError("\(option) must be an ISO 8601 instant such as 2026-11-22T03:15:00Z")
        }
        return date
    }
}
