/// A consent to record, as reception took it down.
public struct NewConsent: Sendable {
    public let name: PersonName
    public let email: EmailAddress
    public let school: SchoolName
    public let giver: ApprenticeshipConsent.Giver

    /// A consent by `giver` for the pupil `name`.
    public init(name: PersonName, email: EmailAddress, school: SchoolName, giver: ApprenticeshipConsent.Giver) {
        self.name = name
        self.email = email
        self.school = school
        self.giver = giver
    }
}
