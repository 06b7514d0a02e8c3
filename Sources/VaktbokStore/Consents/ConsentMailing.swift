import VaktbokCore

/// What one apprenticeship mailing did: e-mails queued, and consents refused because they had had their share.
public struct ConsentMailing: Sendable, Equatable, Codable {
    public let queued: Int
    public let refused: Int
}
