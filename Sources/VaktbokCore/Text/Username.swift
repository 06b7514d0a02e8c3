/// A staff login name: 2–64 characters of ASCII letters, digits, `.`, `_` or `-`, stored lower-case.
public struct Username: Equatable, Sendable, CustomStringConvertible {
    /// The lower-cased name.
    public let value: String

    /// Validates `raw` for the given `field`.
    public init(_ raw: String, field: String = "username") throws(ValidationError) {
        let name = try BoundaryText(maxScalars: 64).clean(raw, field: field).trimmingWhitespace().lowercased()
        guard (2...64).contains(name.count),
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        else {
            throw ValidationError(field: field, reason: "must be 2 to 64 letters, digits, '.', '_' or '-'")
        }
        value = name
    }

    public var description: String { value }
}
