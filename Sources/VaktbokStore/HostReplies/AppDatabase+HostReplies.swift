import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The visit a reply link names, while the link is genuine and unexpired and the visit still open.
    public func hostReplyView(token: String, now: Date) async throws -> HostReplyView {
        try await read { db in try Self.replyView(of: try Self.openVisit(token: token, now: now, in: db), in: db) }
    }

    /// Records the host's `answer`; when it differs from the last one, tells the visitor by SMS and the site's webhook.
    public func recordHostReply(token: String, answer: HostAnswer, now: Date) async throws -> HostReplyView {
        try await write { db in
            var visit = try Self.openVisit(token: token, now: now, in: db)
            guard visit.hostReply != answer else { return try Self.replyView(of: visit, in: db) }
            visit.hostReply = answer
            visit.hostRepliedAt = now
            try visit.update(db)
            guard let site = try SiteRecord.fetchOne(db, key: visit.siteId), let host = try HostRecord.fetchOne(db, key: visit.hostId) else {
                throw StoreError.notFound(entity: "visit", field: "token")
            }
            let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
            var messages = [OutgoingMessage(.sms, visit.visitorPhone, body: texts.visitorAnswerSMS(host: host.name, answer: answer))]
            messages += try Self.webhookMessage(.visitHostReplied, visit: visit, site: site, host: host, at: now).map { [$0] } ?? []
            try Self.enqueue(messages, siteID: site.rowID, visitID: visit.rowID, at: now, in: db)
            try Self.audit(
                "host-replied", actor: "link", siteID: site.rowID, details: ["visit": .ids([visit.rowID]), "answer": .word(answer.rawValue)],
                at: now, in: db)
            return try Self.replyView(of: visit, in: db)
        }
    }

    /// The open visit `token` names; a malformed, forged or expired token, or an ended or erased visit, is not found.
    private static func openVisit(token: String, now: Date, in db: Database) throws -> VisitRecord {
        guard let id = try ReplyToken.visitID(from: token, now: now, in: db), let visit = try VisitRecord.fetchOne(db, key: id),
            visit.checkedOutAt == nil
        else { throw StoreError.notFound(entity: "visit", field: "token") }
        return visit
    }

    private static func replyView(of visit: VisitRecord, in db: Database) throws -> HostReplyView {
        let zone = try String.fetchOne(db, sql: "SELECT time_zone FROM site WHERE id = ?", arguments: [visit.siteId]) ?? "UTC"
        return HostReplyView(
            visitorName: visit.visitorName, checkedInAt: visit.checkedInAt, timeZone: zone, answer: visit.hostReply,
            answeredAt: visit.hostRepliedAt)
    }
}
