import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Sends a fresh 6-digit code by SMS (through the outbox) to the request's phone; the hash is stored. The code
    /// proves the phone, nothing else.
    public func sendVerificationCode(requestID id: Int64, actor: AuditActor, now: Date) async throws {
        try await write { db in
            var request = try Self.openRequest(id: id, actor: actor, in: db)
            guard !request.verified.contains(.phone) else { throw StoreError.conflict("the phone is verified already") }
            guard !request.isCodeLocked else { throw StoreError.conflict(Self.lockedMessage) }
            guard let phone = request.subjectPhone else {
                throw StoreError.conflict("the request has no phone number to send a code to; record another verification method")
            }
            let code = OneTimeCode.generate()
            request.codeHash = OneTimeCode.hash(code, requestID: id)
            request.codeExpiresAt = now.addingTimeInterval(OneTimeCode.lifetime)
            try request.update(db)
            let site = try SiteRecord.fetchOne(
                db,
                sql: """
                    SELECT site.* FROM site LEFT JOIN visit ON visit.site_id = site.id AND visit.visitor_phone = ?
                    WHERE ? IS NULL OR site.id = ? ORDER BY visit.checked_in_at IS NULL, visit.checked_in_at DESC, site.id LIMIT 1
                    """, arguments: [phone, request.siteId, request.siteId])
            guard let site else { throw StoreError.conflict("no site is set up to send SMS from") }
            let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
            try Self.enqueue([.init(.sms, phone, body: texts.verificationCodeSMS(code: code))], siteID: site.rowID, requestID: id, at: now, in: db)
            try Self.audit("verification-code-sent", actor: actor, siteID: request.siteId, details: ["request": .ids([id])], at: now, in: db)
        }
    }

    /// Checks `code` for request `id`: verifies its phone, or counts a wrong try (locking after five).
    public func confirmVerificationCode(requestID id: Int64, code: String, actor: AuditActor, now: Date) async throws -> CodeCheck {
        try await write { db in
            var request = try Self.openRequest(id: id, actor: actor, in: db)
            guard !request.verified.contains(.phone) else { throw StoreError.conflict("the phone is verified already") }
            guard !request.isCodeLocked else { return .locked }
            guard let hash = request.codeHash, let expires = request.codeExpiresAt, expires > now else { return .expired }
            let check: CodeCheck
            if OneTimeCode.hash(code, requestID: id) == hash {
                request.verifiedAt = request.verifiedAt ?? now
                request.verificationMethod = request.verificationMethod ?? "sms-code"
                request.verifiedIdentifiers = SubjectIdentifier.stored(request.verified.union([.phone]))
                request.codeHash = nil
                check = .verified
            } else {
                request.codeAttempts += 1
                check = request.isCodeLocked ? .locked : .wrong(triesLeft: SubjectRequestRecord.maxCodeAttempts - request.codeAttempts)
            }
            try request.update(db)
            let outcome =
                switch check {
                case .verified: "verified"
                case .locked: "locked"
                default: "wrong"
                }
            try Self.audit(
                "verification-code-checked", actor: actor, siteID: request.siteId,
                details: [
                    "request": .ids([id]), "outcome": .word(outcome),
                ], at: now, in: db)
            return check
        }
    }

    /// Records a check by another method that staff describe (e.g. "ID card checked at reception") as proving the
    /// identifiers in `covers`, which must be ones the request gives; adds to what was verified before.
    public func verifyManually(
        requestID id: Int64, method: String, covers: Set<SubjectIdentifier>, actor: AuditActor, now: Date
    ) async throws -> SubjectRequestRecord {
        try await write { db in
            var request = try Self.openRequest(id: id, actor: actor, in: db)
            guard !covers.isEmpty, covers.isSubset(of: request.subject.given) else {
                throw ValidationError(
                    field: "covers",
                    reason: "must name which of the request's identifiers the check proved: "
                        + request.subject.given.sorted().map(\.rawValue).joined(separator: ", "))
            }
            guard !covers.isSubset(of: request.verified) else { throw StoreError.conflict("these identifiers are verified already") }
            request.verifiedAt = request.verifiedAt ?? now
            request.verificationMethod = request.verificationMethod.map { "\($0); \(method)" } ?? method
            request.verifiedIdentifiers = SubjectIdentifier.stored(request.verified.union(covers))
            try request.update(db)
            try Self.audit(
                "verified-manually", actor: actor, siteID: request.siteId,
                details: [
                    "request": .ids([id]), "covers": .word(SubjectIdentifier.stored(covers) ?? ""),
                ], at: now, in: db)
            return request
        }
    }

    static let lockedMessage = "verification by SMS is locked after \(SubjectRequestRecord.maxCodeAttempts) wrong codes; verify another way"
}
