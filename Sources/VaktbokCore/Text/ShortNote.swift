/// A short staff note (an outcome, a verification method, a hold's reason): 3–200 characters on one line,
/// which by house rule holds no personal data.
public struct ShortNote: Equatable, Sendable, CustomStringConvertible {
    /// The trimmed note.
    public let value: String

    /// Validates `raw` (nil reads as empty) as the note in `field`.
    public init(_ raw: String?, field: String) throws(ValidationError) {
        let trimmed = try BoundaryText(maxScalars: 600, maxBytes: 1_200).clean(raw ?? "", field: field).trimmingWhitespace()
        guard (3...200).contains(trimmed.count), !trimmed.contains(where: \.isNewline) else {
            throw ValidationError(field: field, reason: "must be 3 to 200 characters on one line")
        }
        value = trimmed
    }

    public var description: String { value }
}
