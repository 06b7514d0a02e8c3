/// What staff type into a search box (a host's name, a school): at most 100 characters through the text gate.
public struct SearchText: Equatable, Sendable, CustomStringConvertible {
    /// The trimmed text; empty matches everything.
    public let value: String

    /// Validates `raw` as the search text in `field`.
    public init(_ raw: String, field: String = "q") throws(ValidationError) {
        value = try BoundaryText(maxScalars: 200, maxBytes: 400).clean(raw, field: field).trimmingWhitespace()
        guard value.count <= 100 else { throw ValidationError(field: field, reason: "must be at most 100 characters") }
    }

    public var description: String { value }
}
