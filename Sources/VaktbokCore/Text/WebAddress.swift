import Foundation

/// An http(s) address an admin gives for a site (its privacy notice, its webhook): at most 2,048 characters, a host,
/// no user name or password in it (`https://trusted@evil.example` reads as trusted to a person), no spaces; the empty
/// text means "none". Plain http stays allowed for receivers on the same machine or network.
public struct WebAddress: Sendable, Equatable {
    /// The address as given, or empty for none.
    public let text: String

    /// Validates `raw` for the given `field`.
    public init(_ raw: String, field: String) throws(ValidationError) {
        let text = try BoundaryText(maxScalars: 2_048).clean(raw, field: field)
        guard !text.isEmpty else {
            self.text = text
            return
        }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: \.isWhitespace),
            let parts = URLComponents(string: text), parts.host?.isEmpty == false, parts.user == nil, parts.password == nil
        else {
            throw ValidationError(field: field, reason: "must be an http(s) URL with a host and no user name, password or spaces")
        }
        self.text = text
    }
}
