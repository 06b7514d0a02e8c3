/// A site's short code, e.g. `OSL`: 2–16 ASCII letters, digits or hyphens, stored upper-case.
public struct SiteCode: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The upper-cased code.
    public let value: String

    /// Validates `raw` for the given `field`.
    public init(_ raw: String, field: String = "site") throws(ValidationError) {
        let code = raw.trimmingWhitespace().uppercased()
        guard (2...16).contains(code.count),
            code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw ValidationError(field: field, reason: "must be 2 to 16 letters, digits or hyphens")
        }
        value = code
    }

    public var description: String { value }
}
