/// A school's name as reception sees it: 2–120 printable characters, spaces folded.
public struct SchoolName: Equatable, Sendable, CustomStringConvertible {
    /// The trimmed name with inner runs of white space folded to one space.
    public let value: String

    /// Validates `raw` as the school name in `field`.
    public init(_ raw: String, field: String = "school") throws(ValidationError) {
        let normalised = try BoundaryText(maxScalars: 360, maxBytes: 720).clean(raw, field: field).split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
        guard (2...120).contains(normalised.count), normalised.contains(where: \.isLetter) else {
            throw ValidationError(field: field, reason: "must be 2 to 120 characters with letters")
        }
        guard !normalised.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || "<>".unicodeScalars.contains($0) }) else {
            throw ValidationError(field: field, reason: "may not contain control characters or < >")
        }
        value = normalised
    }

    public var description: String { value }
}
