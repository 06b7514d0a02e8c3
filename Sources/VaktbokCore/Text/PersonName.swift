/// A person's full name, trimmed and checked: 2–100 characters of letters, spaces, hyphens, apostrophes, periods.
public struct PersonName: Equatable, Sendable, CustomStringConvertible {
    /// The normalised name: trimmed, inner runs of white space folded to one space.
    public let value: String

    /// Validates `raw` as the name in `field`.
    public init(_ raw: String, field: String = "name") throws(ValidationError) {
        let words = try Self.gate.clean(raw, field: field).split(whereSeparator: \.isWhitespace)
        let normalised = words.joined(separator: " ")
        guard normalised.count >= 2 else {
            throw ValidationError(field: field, reason: "must be at least 2 characters")
        }
        guard normalised.count <= 100 else {
            throw ValidationError(field: field, reason: "must be at most 100 characters")
        }
        guard normalised.contains(where: \.isLetter) else {
            throw ValidationError(field: field, reason: "must contain letters")
        }
        guard normalised.allSatisfy(Self.isAllowed) else {
            throw ValidationError(
                field: field,
                reason: "may contain only letters, spaces, hyphens, apostrophes and periods"
            )
        }
        value = normalised
    }

    public var description: String { value }

    /// 100 letters with an accent or two each fit; a name padded with marks or invisible characters does not.
    static let gate = BoundaryText(maxScalars: 300, maxBytes: 600)

    private static func isAllowed(_ character: Character) -> Bool {
        character.isLetter || character == " " || "-'’.".contains(character)
            || character.unicodeScalars.allSatisfy { $0.properties.generalCategory.isMark }
    }
}

extension Unicode.GeneralCategory {
    /// Combining marks, which follow letters in scripts such as Devanagari.
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
