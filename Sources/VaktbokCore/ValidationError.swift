/// A rejected input value, naming the field it came from and why, never echoing the value.
public struct ValidationError: Error, Equatable, Sendable {
    /// The request field that was rejected, e.g. `phone`.
    public let field: String
    /// A human-readable reason, free of personal data.
    public let reason: String

    /// Creates an error for `field` with `reason`.
    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }
}
