/// One kind of identifier a request can give and a verification can prove.
public enum SubjectIdentifier: String, Codable, Sendable, CaseIterable, Comparable {
    case phone, email, name

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The identifiers in a space-separated list as stored (unknown words are ignored).
    public static func set(stored: String?) -> Set<SubjectIdentifier> {
        Set((stored ?? "").split(separator: " ").compactMap { SubjectIdentifier(rawValue: String($0)) })
    }

    /// `identifiers` as the stored space-separated list, sorted.
    public static func stored(_ identifiers: Set<SubjectIdentifier>) -> String? {
        identifiers.isEmpty ? nil : identifiers.sorted().map(\.rawValue).joined(separator: " ")
    }
}
