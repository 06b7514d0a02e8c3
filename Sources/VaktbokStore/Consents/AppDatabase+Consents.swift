import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Records `consent` at `siteID`, expiring `ApprenticeshipConsent.months` later; one consent per e-mail address.
    public func addConsent(_ consent: NewConsent, siteID: Int64, actor: AuditActor, now: Date) async throws -> ConsentRecord {
        try await write { db in
            guard let site = try SiteRecord.fetchOne(db, key: siteID) else { throw StoreError.notFound(entity: "site", field: "site") }
            let key = consent.email.value.lowercased()
            guard try ConsentRecord.filter(ConsentRecord.Columns.emailKey == key).isEmpty(db) else {
                throw StoreError.conflict("a consent for this e-mail address exists already")
            }
            var record = ConsentRecord(
                id: nil, siteId: site.rowID, name: consent.name.value, email: consent.email.value, emailKey: key,
                school: consent.school.value, consentedBy: consent.giver, textVersion: ApprenticeshipConsent.textVersion,
                consentedAt: now, expiresAt: ApprenticeshipConsent.expiry(of: now, in: site.zone),
                withdrawToken: Base64URL.randomToken(byteCount: 24), mailsSent: 0
            )
            try record.insert(db)
            try Self.audit(
                "consent-given", actor: actor, siteID: site.rowID,
                details: [
                    "consent": .ids([record.rowID]), "by": .word(consent.giver.rawValue),
                ], at: now, in: db)
            return record
        }
    }

    /// Erases the consent whose withdrawal token is `token` (or, for staff, whose address is `email`, within the
    /// actor's site) with its pending e-mails, then checkpoints the WAL so that nothing of it is left in the files;
    /// false when there was none. Staff withdrawals are audited either way; callers answer alike in both cases.
    public func withdrawConsent(token: String?, email: EmailAddress?, actor: AuditActor, now: Date) async throws -> Bool {
        let withdrawn = try await write { db -> Bool in
            var found: QueryInterfaceRequest<ConsentRecord>
            if let token {
                found = ConsentRecord.filter(ConsentRecord.Columns.withdrawToken == token)
            } else if let email {
                found = ConsentRecord.filter(ConsentRecord.Columns.emailKey == email.value.lowercased())
            } else {
                return false
            }
            if let site = actor.siteID { found = found.filter(ConsentRecord.Columns.siteId == site) }
            guard let consent = try found.fetchOne(db) else {
                if token == nil {
                    try Self.audit("consent-withdrawal-unmatched", actor: actor, siteID: actor.siteID, details: [:], at: now, in: db)
                }
                return false
            }
            _ = try consent.delete(db)
            try Self.audit(
                "consent-withdrawn", actor: actor, siteID: consent.siteId,
                details: [
                    "consent": .ids([consent.rowID]), "by": .word(token != nil ? "link" : "staff"),
                ], at: now, in: db)
            return true
        }
        if withdrawn { _ = try await checkpoint(attempts: 3) }
        return withdrawn
    }

    /// Queues `subject` and `body` to every consent live at `now`, each with its withdrawal link under
    /// `withdrawBase` + token; consents that had `maxMails` e-mails already are refused and counted.
    public func mailConsents(subject: String, body: String, withdrawBase: String, actor: AuditActor, now: Date) async throws -> ConsentMailing {
        try await write { db in
            let live = try ConsentRecord.filter(ConsentRecord.Columns.expiresAt > now).fetchAll(db)
            let sites = Dictionary(uniqueKeysWithValues: try SiteRecord.fetchAll(db).map { ($0.rowID, $0) })
            var queued = 0
            for var consent in live where consent.mailsSent < ApprenticeshipConsent.maxMails {
                let site = sites[consent.siteId]
                let texts = NotificationTexts(language: site.flatMap { NotificationLanguage(rawValue: $0.language) } ?? .nb)
                let footer = texts.consentFooter(
                    expires: LocalDay(timeZone: site?.zone ?? .gmt).isoDate(of: consent.expiresAt),
                    withdrawURL: withdrawBase + consent.withdrawToken
                )
                try Self.enqueue(
                    [.init(.email, consent.email, subject: subject, body: body + footer)],
                    siteID: consent.siteId, consentID: consent.rowID, at: now, in: db)
                consent.mailsSent += 1
                try consent.update(db)
                queued += 1
            }
            let mailing = ConsentMailing(queued: queued, refused: live.count - queued)
            try Self.audit(
                "consent-mailing", actor: actor, siteID: nil,
                details: [
                    "queued": .number(mailing.queued), "refused": .number(mailing.refused),
                ], at: now, in: db)
            return mailing
        }
    }
}
