/// What a data subject asks for (GDPR articles 15–21).
public enum SubjectRequestType: String, Codable, Sendable, CaseIterable {
    case access, export, rectify, erase, restrict, object
}

extension SubjectIdentifiers {
    /// Which identifiers the request gives.
    public var given: Set<SubjectIdentifier> {
        var given: Set<SubjectIdentifier> = []
        if phone != nil { given.insert(.phone) }
        if email != nil { given.insert(.email) }
        if name != nil { given.insert(.name) }
        return given
    }
}
