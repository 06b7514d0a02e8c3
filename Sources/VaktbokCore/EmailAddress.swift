/// An e-mail address with one `@`, a non-empty local part and a dotted domain, lower-cased domain.
public struct EmailAddress: Equatable, Sendable, CustomStringConvertible {
    /// The address as stored.
    public let value: String

    /// Validates `raw` for the given `field`.
    public init(_ raw: String, field: String = "email") throws(ValidationError) {
        let trimmed = raw.trimmingWhitespace()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), trimmed.count <= 254,
              !trimmed.contains(where: \.isWhitespace)
        else {
            throw ValidationError(field: field, reason: "must be an e-mail address like name@example.no")
        }
        value = parts[0] + "@" + parts[1].lowercased()
    }

    public var description: String { value }
}

extension String {
    /// The string without leading and trailing white space.
    public func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
