import Foundation
import Hummingbird
import VaktbokCore

/// `POST /api/v1/requests` body.
struct RequestRegistration: Decodable {
    /// The subject's identifiers as the request gives them.
    struct Subject: Decodable {
        let phone: String?
        let email: String?
        let name: String?
    }

    let type: String
    let subject: Subject
    /// An ISO 8601 instant, or a date (the start of that day in Europe/Oslo).
    let receivedAt: String
    /// The site whose records the request covers; a site-bound login's own site by default, all sites otherwise.
    let site: String?
}

/// A short free-text note (`outcome`, `method`, `reason`): 3–200 characters on one line, no personal data.
struct NoteRequest: Decodable {
    let outcome: String?
    let method: String?
    let reason: String?
    let until: String?
    let code: String?
    /// Which identifiers a manual check proved (`phone`, `email`, `name`).
    let covers: [String]?
}

/// `POST /api/v1/requests/{id}/rectify` body.
struct RectifyRequest: Decodable {
    let name: String?
    let phone: String?
}

/// A request in the register.
struct RequestResponse: Codable {
    let id: Int64
    let type: SubjectRequestType
    let subject: SubjectIdentifiers
    let receivedAt: Date
    let dueAt: Date
    let status: String
    let overdue: Bool
    let verified: Bool
    /// The identifiers proven: only records matched through one of them are exported, rectified or erased.
    let verifiedIdentifiers: [SubjectIdentifier]
    let verificationMethod: String?
    let codeLocked: Bool
    let closedAt: Date?
    let outcome: String?
    /// The site whose records the request covers; nil for every site.
    let siteId: Int64?

    init(_ record: SubjectRequestRecord, now: Date) {
        id = record.rowID
        type = record.type
        subject = record.subject
        receivedAt = record.receivedAt
        dueAt = record.dueAt
        status = record.closedAt == nil ? "open" : "closed"
        overdue = record.isOverdue(at: now)
        verified = !record.verified.isEmpty
        verifiedIdentifiers = record.verified.sorted()
        verificationMethod = record.verificationMethod
        codeLocked = record.isCodeLocked
        closedAt = record.closedAt
        outcome = record.outcome
        siteId = record.siteId
    }
}

/// A hold in force.
struct HoldResponse: ResponseCodable {
    let id: Int64
    let visitId: Int64
    let reason: String
    let endsAt: Date
    let requestId: Int64?

    init(_ hold: HoldRecord) {
        id = hold.rowID
        visitId = hold.visitId
        reason = hold.reason
        endsAt = hold.endsAt
        requestId = hold.requestId
    }
}
