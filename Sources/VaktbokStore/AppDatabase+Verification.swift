import Foundation
import GRDB
import VaktbokCore

/// The outcome of entering a one-time code.
public enum CodeCheck: Sendable, Equatable {
    /// The request is now verified.
    case verified
    /// Wrong code; this many tries remain.
    case wrong(triesLeft: Int)
    /// Too many wrong codes: verification by SMS is locked for this request.
    case locked
    /// No code was sent, or it is older than 15 minutes.
    case expired
}

extension AppDatabase {
    /// Sends a fresh 6-digit code by SMS (through the outbox) to the request's phone; the hash is stored.
    public func sendVerificationCode(requestID id: Int64, actor: String, now: Date) async throws {
        try await write { db in
            var request = try Self.openRequest(id: id, in: db)
            guard request.verifiedAt == nil else { throw StoreError.conflict("the request is verified already") }
            guard !request.isCodeLocked else { throw StoreError.conflict(Self.lockedMessage) }
            guard let phone = request.subjectPhone else {
                throw StoreError.conflict("the request has no phone number to send a code to; record another verification method")
            }
            let code = OneTimeCode.generate()
            request.codeHash = OneTimeCode.hash(code, requestID: id)
            request.codeExpiresAt = now.addingTimeInterval(OneTimeCode.lifetime)
            try request.update(db)
            let site = try SiteRecord.fetchOne(db, sql: """
                SELECT site.* FROM site LEFT JOIN visit ON visit.site_id = site.id AND visit.visitor_phone = ?
                ORDER BY visit.checked_in_at IS NULL, visit.checked_in_at DESC, site.id LIMIT 1
                """, arguments: [phone])
            guard let site else { throw StoreError.conflict("no site is set up to send SMS from") }
            let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
            try Self.enqueue([.init(.sms, phone, body: texts.verificationCodeSMS(code: code))], siteID: site.rowID, requestID: id, at: now, in: db)
            try Self.audit("verification-code-sent", actor: actor, siteID: nil, details: ["request": .ids([id])], at: now, in: db)
        }
    }

    /// Checks `code` for request `id`: verifies it, or counts a wrong try (locking after five).
    public func confirmVerificationCode(requestID id: Int64, code: String, actor: String, now: Date) async throws -> CodeCheck {
        try await write { db in
            var request = try Self.openRequest(id: id, in: db)
            guard request.verifiedAt == nil else { throw StoreError.conflict("the request is verified already") }
            guard !request.isCodeLocked else { return .locked }
            guard let hash = request.codeHash, let expires = request.codeExpiresAt, expires > now else { return .expired }
            let check: CodeCheck
            if OneTimeCode.hash(code, requestID: id) == hash {
                request.verifiedAt = now
                request.verificationMethod = "sms-code"
                request.codeHash = nil
                check = .verified
            } else {
                request.codeAttempts += 1
                check = request.isCodeLocked ? .locked : .wrong(triesLeft: OneTimeCode.maxAttempts - request.codeAttempts)
            }
            try request.update(db)
            let outcome = switch check { case .verified: "verified"; case .locked: "locked"; default: "wrong" }
            try Self.audit("verification-code-checked", actor: actor, siteID: nil, details: [
                "request": .ids([id]), "outcome": .word(outcome),
            ], at: now, in: db)
            return check
        }
    }

    /// Marks request `id` verified by another method that staff describe, e.g. "ID card checked at reception".
    public func verifyManually(requestID id: Int64, method: String, actor: String, now: Date) async throws -> SubjectRequestRecord {
        try await write { db in
            var request = try Self.openRequest(id: id, in: db)
            guard request.verifiedAt == nil else { throw StoreError.conflict("the request is verified already") }
            request.verifiedAt = now
            request.verificationMethod = method
            request.codeHash = nil
            try request.update(db)
            try Self.audit("verified-manually", actor: actor, siteID: nil, details: ["request": .ids([id])], at: now, in: db)
            return request
        }
    }

    static let lockedMessage = "verification by SMS is locked after \(OneTimeCode.maxAttempts) wrong codes; verify another way"
}
