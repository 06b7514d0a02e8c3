import Foundation
import GRDB
import VaktbokCore

/// A data-subject request in the register (row of `subject_request`): what was asked, by whom, when it is due,
/// how the requester was verified, and the outcome. Purged a configurable time after closing.
public struct SubjectRequestRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "subject_request"
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
    /// Wrong codes so far; at `OneTimeCode.maxAttempts` verification by SMS is locked.
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
    public var isCodeLocked: Bool { codeAttempts >= OneTimeCode.maxAttempts }

    /// Column names for queries.
    public enum Columns {
        public static let id = Column("id")
        public static let siteId = Column("site_id")
        public static let closedAt = Column("closed_at")
        public static let dueAt = Column("due_at")
    }
}
