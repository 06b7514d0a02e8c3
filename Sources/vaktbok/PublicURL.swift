import Foundation

/// The server's public address (`--public-url` or `VAKTBOK_PUBLIC_URL`), which roots the links in messages.
enum PublicURL {
    /// The environment's `VAKTBOK_PUBLIC_URL`, or empty.
    static var fromEnvironment: String { ProcessInfo.processInfo.environment["VAKTBOK_PUBLIC_URL"] ?? "" }

    /// `raw` without a trailing slash if it is an http(s) address without query, fragment or user; nil when empty.
    static func checked(_ raw: String) throws -> String? {
        guard !raw.isEmpty else { return nil }
        guard raw.hasPrefix("https://") || raw.hasPrefix("http://"), let url = URL(string: raw), url.host != nil, url.query == nil,
            url.fragment == nil, url.user == nil
        else { throw CLIError("--public-url must be the server's http(s) address, without query, fragment or user") }
        return raw.hasSuffix("/") ? String(raw.dropLast()) : raw
    }
}
