/// A display label such as a site's name: 1–100 characters on one line through the text gate, spaces folded.
public struct Label: Equatable, Sendable, CustomStringConvertible {
    /// The label with inner runs of white space folded to one space.
    public let value: String

    /// Validates `raw` as the label in `field`.
    public init(_ raw: String, field: String = "name") throws(ValidationError) {
        value = try BoundaryText(maxScalars: 300, maxBytes: 600).clean(raw, field: field)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard (1...100).contains(value.count) else { throw ValidationError(field: field, reason: "must be 1 to 100 characters") }
    }

    public var description: String { value }
}
