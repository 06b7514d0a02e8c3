import Foundation

/// An http(s) address an admin gives for a site (its privacy notice, its webhook): at most 2,048 characters; the empty
/// text means "none".
public struct WebAddress: Sendable, Equatable {
    /// The address as given, or empty for none.
    public let text: String

    /// Validates `raw` for the given `field`.
    public init(_ raw: String, field: String) throws(ValidationError) {
        let text = try BoundaryText(maxScalars: 2_048).clean(raw, field: field)
        guard text.isEmpty || ((text.hasPrefix("https://") || text.hasPrefix("http://")) && URL(string: text)?.host?.isEmpty == false) else {
            throw ValidationError(field: field, reason: "must be an http(s) URL")
        }
        self.text = text
    }
}
