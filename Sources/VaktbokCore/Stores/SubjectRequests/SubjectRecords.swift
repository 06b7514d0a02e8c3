import Foundation

/// Everything stored about one data subject, with the purpose of each record and when it will be deleted.
public struct SubjectRecords: Codable, Sendable, Equatable {
    /// A visit: where, to whom, when, and until when it is kept.
    public struct Visit: Codable, Sendable, Equatable {
        public let id: Int64
        public let site: String
        public let host: String
        public let name: String
        public let phone: String
        public let checkedInAt: Date
        public let checkedOutAt: Date?
        public let purpose: String
        /// The local date from which the nightly purge deletes it.
        public let deletedFrom: String
        /// The end of a hold that keeps it longer, if any.
        public let heldUntil: Date?
        /// The request's identifiers this record matched by.
        public let matchedBy: [SubjectIdentifier]

        /// Creates the value from its parts.
        public init(
            id: Int64, site: String, host: String, name: String, phone: String, checkedInAt: Date, checkedOutAt: Date? = nil, purpose: String,
            deletedFrom: String, heldUntil: Date? = nil, matchedBy: [SubjectIdentifier]
        ) {
            self.id = id
            self.site = site
            self.host = host
            self.name = name
            self.phone = phone
            self.checkedInAt = checkedInAt
            self.checkedOutAt = checkedOutAt
            self.purpose = purpose
            self.deletedFrom = deletedFrom
            self.heldUntil = heldUntil
            self.matchedBy = matchedBy
        }
    }

    /// A place on a school group's list.
    public struct GroupMembership: Codable, Sendable, Equatable {
        public let id: Int64
        public let school: String
        public let date: String
        public let name: String
        public let role: MemberRole
        public let email: String?
        public let arrived: Bool
        public let purpose: String
        public let deletedFrom: String
        /// The request's identifiers this record matched by.
        public let matchedBy: [SubjectIdentifier]

        /// Creates the value from its parts.
        public init(
            id: Int64, school: String, date: String, name: String, role: MemberRole, email: String? = nil, arrived: Bool, purpose: String,
            deletedFrom: String, matchedBy: [SubjectIdentifier]
        ) {
            self.id = id
            self.school = school
            self.date = date
            self.name = name
            self.role = role
            self.email = email
            self.arrived = arrived
            self.purpose = purpose
            self.deletedFrom = deletedFrom
            self.matchedBy = matchedBy
        }
    }

    /// An apprenticeship-information consent.
    public struct Consent: Codable, Sendable, Equatable {
        public let id: Int64
        public let name: String
        public let email: String
        public let school: String
        public let consentedBy: ApprenticeshipConsent.Giver
        public let consentedAt: Date
        public let expiresAt: Date
        public let mailsSent: Int
        public let purpose: String
        public let deletedFrom: String
        /// The request's identifiers this record matched by.
        public let matchedBy: [SubjectIdentifier]

        /// Creates the value from its parts.
        public init(
            id: Int64, name: String, email: String, school: String, consentedBy: ApprenticeshipConsent.Giver, consentedAt: Date, expiresAt: Date,
            mailsSent: Int, purpose: String, deletedFrom: String, matchedBy: [SubjectIdentifier]
        ) {
            self.id = id
            self.name = name
            self.email = email
            self.school = school
            self.consentedBy = consentedBy
            self.consentedAt = consentedAt
            self.expiresAt = expiresAt
            self.mailsSent = mailsSent
            self.purpose = purpose
            self.deletedFrom = deletedFrom
            self.matchedBy = matchedBy
        }
    }

    /// An invitation to visit a site on a date.
    public struct Invite: Codable, Sendable, Equatable {
        public let id: Int64
        public let site: String
        public let host: String
        public let name: String
        public let phone: String
        public let email: String?
        public let date: String
        public let arrived: Bool
        /// Cancelled, kept only until the visitor has been told.
        public let cancelled: Bool
        public let purpose: String
        public let deletedFrom: String
        /// The request's identifiers this record matched by.
        public let matchedBy: [SubjectIdentifier]

        /// Creates the value from its parts.
        public init(
            id: Int64, site: String, host: String, name: String, phone: String, email: String?, date: String, arrived: Bool,
            cancelled: Bool = false, purpose: String, deletedFrom: String, matchedBy: [SubjectIdentifier]
        ) {
            self.id = id
            self.site = site
            self.host = host
            self.name = name
            self.phone = phone
            self.email = email
            self.date = date
            self.arrived = arrived
            self.cancelled = cancelled
            self.purpose = purpose
            self.deletedFrom = deletedFrom
            self.matchedBy = matchedBy
        }
    }

    /// A notification about the subject not yet sent (its text is erased once sent).
    public struct PendingMessage: Codable, Sendable, Equatable {
        public let id: Int64
        public let channel: String
        public let createdAt: Date
        public let purpose: String

        /// Creates the value from its parts.
        public init(id: Int64, channel: String, createdAt: Date, purpose: String) {
            self.id = id
            self.channel = channel
            self.createdAt = createdAt
            self.purpose = purpose
        }
    }

    public let visits: [Visit]
    public let groupMemberships: [GroupMembership]
    public let consents: [Consent]
    public let pendingMessages: [PendingMessage]
    public let invites: [Invite]

    /// How many records there are in all.
    public var count: Int { visits.count + groupMemberships.count + consents.count + pendingMessages.count + invites.count }

    /// The purposes, as the export states them.
    public enum Purpose {
        public static let visit = "Visitor registration: notifying the host, the evacuation list, and contact tracing."
        public static let member = "Pre-registration of a school visit, so reception need not type the names."
        public static let consent = "E-mails about apprenticeships, which you consented to."
        public static let message = "A notification about your visit, invitation or consent, waiting to be sent."
        public static let invite = "An invitation to visit, so that you are registered with one scan when you arrive."
    }

    /// Creates the value from its parts.
    public init(
        visits: [Visit], groupMemberships: [GroupMembership], consents: [Consent], pendingMessages: [PendingMessage], invites: [Invite] = []
    ) {
        self.visits = visits
        self.groupMemberships = groupMemberships
        self.consents = consents
        self.pendingMessages = pendingMessages
        self.invites = invites
    }
}
