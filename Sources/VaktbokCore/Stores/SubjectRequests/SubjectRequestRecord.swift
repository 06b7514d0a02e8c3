import Foundation

/// A data-subject request in the register (row of `subject_request`): what was asked, by whom, when it is due,
/// how the requester was verified, and the outcome. Purged a configurable time after closing.
public struct SubjectRequestRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var type: SubjectRequestType
    public var subjectPhone: String?
    public var subjectEmail: String?
    public var subjectName: String?
    public var receivedAt: Date
    /// One calendar month after receipt (Europe/Oslo).
    public var dueAt: Date
    public var createdAt: Date
    public var verifiedAt: Date?
    /// `sms-code`, or what staff wrote, e.g. "ID card checked at reception".
    public var verificationMethod: String?
    public var codeHash: String?
    public var codeExpiresAt: Date?
    /// Wrong codes so far; at `maxCodeAttempts` verification by SMS is locked.
    public var codeAttempts: Int
    public var closedAt: Date?
    public var outcome: String?
    /// The site whose records the request covers; nil (registered by staff of every site) for all sites.
    public var siteId: Int64?
    /// The identifiers a verification proved, space-separated (`phone email`); records are released only through these.
    public var verifiedIdentifiers: String?

    /// The identifiers proven so far.
    public var verified: Set<SubjectIdentifier> { SubjectIdentifier.set(stored: verifiedIdentifiers) }

    /// The identifiers the request was registered with.
    public var subject: SubjectIdentifiers {
        SubjectIdentifiers(stored: subjectPhone, email: subjectEmail, name: subjectName)
    }

    /// Whether the request is open and past its due date at `now`.
    public func isOverdue(at now: Date) -> Bool { closedAt == nil && dueAt < now }

    /// Whether verification by SMS code is locked after too many wrong codes.
    public var isCodeLocked: Bool { codeAttempts >= Self.maxCodeAttempts }

    /// The zone of the register's due dates and deletion dates.
    public static let registerZone = TimeZoneName.oslo

    /// Wrong codes allowed before verification by SMS is locked.
    public static let maxCodeAttempts = 5

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, type: SubjectRequestType, subjectPhone: String? = nil, subjectEmail: String? = nil, subjectName: String? = nil,
        receivedAt: Date, dueAt: Date, createdAt: Date, verifiedAt: Date? = nil, verificationMethod: String? = nil, codeHash: String? = nil,
        codeExpiresAt: Date? = nil, codeAttempts: Int, closedAt: Date? = nil, outcome: String? = nil, siteId: Int64? = nil,
        verifiedIdentifiers: String? = nil
    ) {
        self.id = id
        self.type = type
        self.subjectPhone = subjectPhone
        self.subjectEmail = subjectEmail
        self.subjectName = subjectName
        self.receivedAt = receivedAt
        self.dueAt = dueAt
        self.createdAt = createdAt
        self.verifiedAt = verifiedAt
        self.verificationMethod = verificationMethod
        self.codeHash = codeHash
        self.codeExpiresAt = codeExpiresAt
        self.codeAttempts = codeAttempts
        self.closedAt = closedAt
        self.outcome = outcome
        self.siteId = siteId
        self.verifiedIdentifiers = verifiedIdentifiers
    }
}
