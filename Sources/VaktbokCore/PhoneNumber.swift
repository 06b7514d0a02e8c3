/// A phone number normalised to E.164; Norwegian 8-digit numbers starting with 4 or 9 become +47.
public struct PhoneNumber: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The number in E.164 form, e.g. `+4791234567`.
    public let e164: String

    /// Normalises `raw` (spaces, hyphens, dots and parentheses allowed) for the given `field`.
    public init(_ raw: String, field: String = "phone") throws(ValidationError) {
        let compact = raw.filter { !" \t-.()\u{00A0}".contains($0) }
        let digits: Substring
        if compact.hasPrefix("+") {
            digits = compact.dropFirst()
        } else if compact.hasPrefix("00") {
            digits = compact.dropFirst(2)
        } else if compact.count == 8, let first = compact.first, "49".contains(first) {
            digits = Substring("47" + compact)
        } else {
            throw ValidationError(
                field: field,
                reason: "must be a Norwegian mobile number (8 digits starting with 4 or 9) or start with + or 00"
            )
        }
        guard digits.allSatisfy(\.isASCIIDigitCharacter), (8...15).contains(digits.count),
            digits.first != "0"
        else {
            throw ValidationError(field: field, reason: "must have 8 to 15 digits after the country code prefix")
        }
        if digits.hasPrefix("47"), digits.count != 10 {
            throw ValidationError(field: field, reason: "a Norwegian number (+47) has exactly 8 digits")
        }
        e164 = "+" + digits
    }

    public var description: String { e164 }
}

extension Character {
    /// True for the ASCII digits 0–9 only (not other scripts' digits).
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
