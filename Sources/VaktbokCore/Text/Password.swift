/// A password as typed at sign-in or chosen for a login: no control or invisible characters, and, when chosen,
/// 10 to 128 characters within bcrypt's 72-byte limit, so that no two passwords differ only after byte 72.
public struct Password: Sendable {
    /// The password text; never logged or echoed.
    public let value: String

    /// A password offered at sign-in: bounded so that a huge body cannot cost a bcrypt run or reach the store.
    public init(signIn raw: String, field: String = "password") throws(ValidationError) {
        guard !raw.isEmpty else { throw ValidationError(field: field, reason: "is required") }
        value = try BoundaryText(maxScalars: 128, maxBytes: Self.maxBytes).clean(raw, field: field)
    }

    /// A new password: the sign-in rules plus 10 to 128 characters.
    public init(choosing raw: String, field: String = "password") throws(ValidationError) {
        try self.init(signIn: raw, field: field)
        guard (10...128).contains(value.count) else {
            throw ValidationError(field: field, reason: "must be 10 to 128 characters and at most \(Self.maxBytes) bytes")
        }
    }

    /// bcrypt reads at most 72 bytes of a password.
    public static let maxBytes = 72
}

extension Password: Redacted {}
