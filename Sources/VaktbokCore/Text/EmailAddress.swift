/// An e-mail address as a strict RFC 5321 addr-spec: an ASCII dot-atom local part (at most 64 bytes), `@`, and a
/// domain of letter-digit-hyphen labels with an alphabetic top level; no display name, comment, quote, comma or
/// space, so that no mail header built from it can name another recipient. The domain is stored lower-case.
public struct EmailAddress: Equatable, Sendable, CustomStringConvertible {
    /// The address as stored.
    public let value: String

    /// Validates `raw` for the given `field`; only surrounding white space is forgiven.
    public init(_ raw: String, field: String = "email") throws(ValidationError) {
        let invalid = ValidationError(field: field, reason: "must be a plain e-mail address like name@example.no")
        let trimmed = try BoundaryText(maxScalars: 254).clean(raw, field: field).trimmingWhitespace()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, Self.isDotAtom(parts[0]), parts[0].utf8.count <= 64, Self.isDomain(parts[1]) else { throw invalid }
        value = parts[0] + "@" + parts[1].lowercased()
    }

    public var description: String { value }

    /// Letters, digits and ``!#$%&'*+-/=?^_`{|}~`` in dot-separated, non-empty atoms.
    private static func isDotAtom(_ text: Substring) -> Bool {
        let atoms = text.split(separator: ".", omittingEmptySubsequences: false)
        return atoms.allSatisfy { atom in
            !atom.isEmpty
                && atom.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || atext.contains($0)) }
        }
    }

    /// Two or more labels of 1–63 letters, digits and inner hyphens; the last one letters only.
    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, text.utf8.count <= 253, let top = labels.last, top.count >= 2,
            top.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.utf8.count) && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
        }
    }

    private static let atext = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)
}

extension String {
    /// The string without leading and trailing white space.
    public func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
