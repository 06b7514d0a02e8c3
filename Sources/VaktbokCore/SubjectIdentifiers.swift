/// A subject's identifiers as a request gives them: at least one of phone, e-mail and full name.
public struct SubjectIdentifiers: Sendable, Equatable, Codable {
    /// E.164.
    public let phone: String?
    /// As given; matched without regard to case.
    public let email: String?
    /// As given; matched without regard to case and accents.
    public let name: String?

    /// Validates the identifiers; at least one must be given.
    public init(phone: String?, email: String?, name: String?) throws(ValidationError) {
        self.phone = try phone.map { raw throws(ValidationError) in try PhoneNumber(raw, field: "subject.phone").e164 }
        self.email = try email.map { raw throws(ValidationError) in try EmailAddress(raw, field: "subject.email").value }
        self.name = try name.map { raw throws(ValidationError) in try PersonName(raw, field: "subject.name").value }
        guard self.phone != nil || self.email != nil || self.name != nil else {
            throw ValidationError(field: "subject", reason: "must give at least one of phone, email and name")
        }
    }

    /// Identifiers read back from storage, where they were validated on the way in.
    public init(stored phone: String?, email: String?, name: String?) {
        self.phone = phone
        self.email = email
        self.name = name
    }
}
