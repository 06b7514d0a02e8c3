import Foundation

/// A site's webhook signing key: `whsec_` and base64 as Standard Webhooks prescribes, or an older plain-text secret,
/// whose UTF-8 bytes are the key.
public struct WebhookSecret: Sendable, Equatable {
    /// The text as stored and as given to the receiver.
    public let text: String
    /// The HMAC-SHA256 key.
    public let key: [UInt8]

    /// Reads `text`; a `whsec_` secret must decode to 16–64 bytes, a plain one have 16–256 characters.
    public init(_ text: String, field: String = "webhook secret") throws(ValidationError) {
        if text.hasPrefix(Self.prefix) {
            guard let data = Data(base64Encoded: String(text.dropFirst(Self.prefix.count))), (16...64).contains(data.count) else {
                throw ValidationError(field: field, reason: "must be whsec_ followed by base64 of 16 to 64 bytes")
            }
            key = Array(data)
        } else {
            guard (16...256).contains(text.count), text.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw ValidationError(field: field, reason: "must have 16 to 256 visible ASCII characters, or be a whsec_ secret")
            }
            key = Array(text.utf8)
        }
        self.text = text
    }

    /// A secret as stored: read as above, or, when an older version accepted it but it no longer passes (spaces,
    /// letters outside ASCII), kept signing with its UTF-8 bytes rather than silently dropped.
    public init(stored text: String) {
        if let secret = try? WebhookSecret(text) {
            self = secret
        } else {
            self.text = text
            key = Array(text.utf8)
        }
    }

    /// A new random `whsec_` secret of 32 bytes.
    public static func generate() -> WebhookSecret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        // A freshly encoded whsec_ secret of 32 bytes always reads back.
        return try! WebhookSecret(prefix + Data(bytes).base64EncodedString())
    }

    /// How long a replaced secret still signs deliveries, so that receivers can switch without losing events.
    public static let rotationOverlap: TimeInterval = 24 * 3600

    private static let prefix = "whsec_"
}
