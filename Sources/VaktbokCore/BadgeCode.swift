/// The code printed in a badge's QR: 128 random bits in URL-safe base64, no personal data.
public struct BadgeCode: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The 22-character URL-safe code.
    public let value: String

    /// A new random code from the system's cryptographically secure generator.
    public static func random() -> BadgeCode {
        BadgeCode(trusted: Base64URL.randomToken(byteCount: 16))
    }

    /// Validates a scanned or typed code for the given `field`.
    public init(_ raw: String, field: String = "badgeCode") throws(ValidationError) {
        let code = raw.trimmingWhitespace()
        guard code.count == 22, code.allSatisfy(Base64URL.isAlphabetCharacter) else {
            throw ValidationError(field: field, reason: "is not a Vaktbok badge code")
        }
        value = code
    }

    private init(trusted: String) { value = trusted }

    public var description: String { value }
}
