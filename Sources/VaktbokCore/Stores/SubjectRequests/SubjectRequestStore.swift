import Foundation

/// The register of data-subject requests and the actions on a verified request (access, export, rectify, restrict,
/// erase), each scoped to the actor's site and audited.
public protocol SubjectRequestStore: Sendable {
    /// Registers a request, due one calendar month after `receivedAt`.
    func registerRequest(
        type: SubjectRequestType, subject: SubjectIdentifiers, siteID: Int64?, receivedAt: Date, actor: AuditActor, now: Date
    ) async throws -> SubjectRequestRecord
    /// The requests the actor may see, filtered.
    func requests(_ filter: RequestFilter, actor: AuditActor, now: Date) async throws -> [SubjectRequestRecord]
    /// One request the actor may see.
    func request(id: Int64, actor: AuditActor) async throws -> SubjectRequestRecord
    /// Closes a request with its outcome.
    func closeRequest(id: Int64, outcome: String, actor: AuditActor, now: Date) async throws -> SubjectRequestRecord
    /// Sends a one-time code to the request's phone number.
    func sendVerificationCode(requestID id: Int64, actor: AuditActor, now: Date) async throws
    /// Checks a one-time code; a right one verifies the phone number.
    func confirmVerificationCode(requestID id: Int64, code: String, actor: AuditActor, now: Date) async throws -> CodeCheck
    /// Records a verification staff made another way, covering the given identifiers.
    func verifyManually(
        requestID id: Int64, method: String, covers: Set<SubjectIdentifier>, actor: AuditActor, now: Date
    ) async throws -> SubjectRequestRecord
    /// Everything stored about the request's subject, each record with what it matched by.
    func findSubject(requestID id: Int64, actor: AuditActor, now: Date) async throws -> SubjectRecords
    /// The machine-readable copy of the verified subject's records.
    func exportSubject(requestID id: Int64, actor: AuditActor, now: Date) async throws -> SubjectExport
    /// Deletes the verified subject's records; returns what was deleted.
    func eraseSubject(requestID id: Int64, actor: AuditActor, now: Date) async throws -> ErasureResult
    /// Corrects the verified subject's name or phone; returns how many visits changed.
    func rectifySubject(requestID id: Int64, name: PersonName?, phone: PhoneNumber?, actor: AuditActor, now: Date) async throws -> Int
    /// Holds the verified subject's visits from the purge until `endsAt`; returns how many.
    func restrictSubject(requestID id: Int64, reason: String, endsAt: Date, actor: AuditActor, now: Date) async throws -> Int
}
