import Foundation
import Hummingbird
import VaktbokCore
import VaktbokStore

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
}

/// A short free-text note (`outcome`, `method`, `reason`): 3–200 characters on one line, no personal data.
struct NoteRequest: Decodable {
    let outcome: String?
    let method: String?
    let reason: String?
    let until: String?
    let code: String?
}

/// `POST /api/v1/requests/{id}/rectify` body.
struct RectifyRequest: Decodable {
    let name: String?
    let phone: String?
}

/// A request in the register.
struct RequestResponse: Encodable {
    let id: Int64
    let type: SubjectRequestType
    let subject: SubjectIdentifiers
    let receivedAt: Date
    let dueAt: Date
    let status: String
    let overdue: Bool
    let verified: Bool
    let verificationMethod: String?
    let codeLocked: Bool
    let closedAt: Date?
    let outcome: String?

    init(_ record: SubjectRequestRecord, now: Date) {
        id = record.rowID
        type = record.type
        subject = record.subject
        receivedAt = record.receivedAt
        dueAt = record.dueAt
        status = record.closedAt == nil ? "open" : "closed"
        overdue = record.isOverdue(at: now)
        verified = record.verifiedAt != nil
        verificationMethod = record.verificationMethod
        codeLocked = record.isCodeLocked
        closedAt = record.closedAt
        outcome = record.outcome
    }
}

/// A hold in force.
struct HoldResponse: ResponseEncodable {
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
