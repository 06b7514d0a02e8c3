import Foundation

/// A host as the company's identity provider describes them over SCIM: the account name it knows them by, its own
/// id for them, their name in parts, work e-mail, mobile, employee number and whether they still work here. Only
/// what a visitor system needs; every value has passed its gate.
public struct ProvisionedUser: Sendable, Equatable {
    /// SCIM `userName` (often the sign-in address): unique in the site without regard to case.
    public var userName: Label
    /// SCIM `externalId`: the identity provider's own id (Entra ID's object id).
    public var externalID: Label?
    /// `name.givenName`.
    public var givenName: Label?
    /// `name.familyName`.
    public var familyName: Label?
    /// `name.formatted`.
    public var formattedName: Label?
    /// `displayName`.
    public var displayName: Label?
    /// The primary (or work) e-mail address, where the host is told of visitors.
    public var email: EmailAddress?
    /// The mobile number, where the host gets an SMS.
    public var mobile: PhoneNumber?
    /// The enterprise extension's `employeeNumber`, the key a file import matches too.
    public var employeeNumber: Label?
    /// Whether the host still works here (`active`); false deactivates them.
    public var active: Bool

    /// A user with every part given.
    public init(
        userName: Label, externalID: Label? = nil, givenName: Label? = nil, familyName: Label? = nil, formattedName: Label? = nil,
        displayName: Label? = nil, email: EmailAddress? = nil, mobile: PhoneNumber? = nil, employeeNumber: Label? = nil, active: Bool = true
    ) {
        self.userName = userName
        self.externalID = externalID
        self.givenName = givenName
        self.familyName = familyName
        self.formattedName = formattedName
        self.displayName = displayName
        self.email = email
        self.mobile = mobile
        self.employeeNumber = employeeNumber
        self.active = active
    }

    /// How user names are compared: canonically composed and in lower case, whatever the script (`Åse` is `åse`).
    public static func userNameKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The name the desk finds the host by: `name.formatted`, else given and family name, else `displayName`, else
    /// the user name. The identity provider is the company's own directory, so its names pass the text gate of a
    /// label rather than the stricter one of a name typed at the desk (a directory may hold `Kari Nordmann (HR)`).
    public var hostName: Label {
        let parts = [givenName, familyName].compactMap { $0?.value }
        if let formattedName { return formattedName }
        if !parts.isEmpty, let joined = try? Label(parts.joined(separator: " "), field: "name") { return joined }
        return displayName ?? userName
    }
}
