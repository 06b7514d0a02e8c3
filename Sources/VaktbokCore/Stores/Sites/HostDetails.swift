/// What an admin types for a host in the console: the name the desk finds them by, where they are told of visitors,
/// and the employee number a directory file matches them by; each value past its gate.
public struct HostDetails: Sendable, Equatable {
    public let name: PersonName
    public let phone: PhoneNumber?
    public let email: EmailAddress?
    public let employeeNumber: Label?

    /// Details from their parts.
    public init(name: PersonName, phone: PhoneNumber?, email: EmailAddress?, employeeNumber: Label?) {
        self.name = name
        self.phone = phone
        self.email = email
        self.employeeNumber = employeeNumber
    }
}

/// A host as the directory screen lists them: the record, and whether the identity provider manages them (SCIM), in
/// which case they are changed there, not here.
public struct DirectoryHost: Sendable, Equatable {
    public let host: HostRecord
    public let provisioned: Bool

    /// A listed host.
    public init(host: HostRecord, provisioned: Bool) {
        self.host = host
        self.provisioned = provisioned
    }
}
