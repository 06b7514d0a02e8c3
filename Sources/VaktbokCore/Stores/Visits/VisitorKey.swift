/// Whose contacts a report is about: one visit, or every visit with a phone number.
public enum VisitorKey: Sendable, Equatable {
    case visit(Int64)
    case phone(PhoneNumber)

    /// `id:123` or digits that are not a phone number → a visit id; a phone number → that number.
    public init(parsing raw: String) throws(ValidationError) {
        let text = raw.trimmingWhitespace()
        if text.hasPrefix("id:"), let id = Int64(text.dropFirst(3)), id > 0 {
            self = .visit(id)
        } else if let phone = try? PhoneNumber(text, field: "visitor") {
            self = .phone(phone)
        } else if let id = Int64(text), id > 0 {
            self = .visit(id)
        } else {
            throw ValidationError(field: "visitor", reason: "must be a visit id (id:123) or a phone number")
        }
    }
}
