import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The visit a host's link names, while the link is genuine and unexpired and the visit still open.
    public func hostReplyView(token: String, now: Date) async throws -> HostReplyView {
        try await read { db in
            let (visit, purpose) = try Self.openVisit(token: token, now: now, in: db)
            return try Self.replyView(of: visit, purpose: purpose, in: db)
        }
    }

    /// Records the host's `answer`, audited. An arrival answer that differs from the last one is told to the site's
    /// webhook and (at most `HostAnswer.maxVisitorMessages` times) to the visitor by SMS; `left` checks the visit out
    /// (`checkoutKind` `host`), and saying it again answers as before. Once the reminder is answered, arrival answers
    /// are a conflict.
    public func recordHostReply(token: String, answer: HostAnswer, now: Date) async throws -> HostReplyView {
        try await write { db in
            var (visit, purpose) = try Self.openVisit(token: token, now: now, acceptingLeft: answer == .left, in: db)
            guard answer.purpose == purpose else {
                throw ValidationError(field: "answer", reason: "is not one this link offers")
            }
            guard visit.hostReply != answer else { return try Self.replyView(of: visit, purpose: purpose, in: db) }
            guard purpose == .reminder || visit.hostReply?.purpose != .reminder else {
                throw StoreError.conflict("the host has answered the reminder; the arrival answer no longer applies")
            }
            let tellVisitor = answer.purpose == .reply && visit.visitorToldCount < HostAnswer.maxVisitorMessages
            visit.hostReply = answer
            visit.hostRepliedAt = now
            if tellVisitor { visit.visitorToldCount += 1 }
            if answer == .left {
                visit.checkedOutAt = max(now, visit.checkedInAt)
                visit.checkoutKind = .host
            }
            try visit.update(db)
            guard let site = try SiteRecord.fetchOne(db, key: visit.siteId), let host = try HostRecord.fetchOne(db, key: visit.hostId) else {
                throw StoreError.notFound(entity: "visit", field: "token")
            }
            let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
            var messages: [OutgoingMessage] = []
            if tellVisitor, let text = texts.visitorAnswerSMS(host: host.name, answer: answer) {
                messages.append(.init(.sms, visit.visitorPhone, body: text))
            }
            if answer.purpose == .reply {
                messages += try Self.webhookMessage(.visitHostReplied, visit: visit, site: site, host: host, at: now).map { [$0] } ?? []
            }
            try Self.enqueue(messages, siteID: site.rowID, visitID: visit.rowID, at: now, in: db)
            if answer == .left { try Self.enqueueCheckOutEvent(for: visit, site: site, in: db) }
            try Self.audit(
                "host-replied", actor: "link", siteID: site.rowID, details: ["visit": .ids([visit.rowID]), "answer": .word(answer.rawValue)],
                at: now, in: db)
            return try Self.replyView(of: visit, purpose: purpose, in: db)
        }
    }

    /// Reminds the hosts of today's walk-in visits open longer than their site's reminder hours, once per visit, by SMS
    /// and/or e-mail with a link to answer; needs `publicURL` (without it there is nothing to answer, and none are sent).
    /// School groups' members are left out: their teacher checks them out, and a host would get one message per pupil.
    public func remindHosts(now: Date) async throws -> Int {
        guard let publicURL else { return 0 }
        return try await write { db in
            var reminded = 0
            for site in try SiteRecord.fetchAll(db) {
                guard let hours = site.reminderHours else { continue }
                let day = LocalDay(timeZone: site.zone)
                let due = try VisitRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM visit WHERE site_id = ? AND checked_out_at IS NULL AND host_reminded_at IS NULL
                        AND checked_in_at <= ? AND checked_in_at >= ?
                        AND id NOT IN (SELECT visit_id FROM group_member WHERE visit_id IS NOT NULL)
                        """,
                    arguments: [site.rowID, now.addingTimeInterval(-Double(hours) * 3600), day.start(of: now)])
                let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
                for var visit in due {
                    visit.hostRemindedAt = now
                    try visit.update(db)
                    guard let host = try HostRecord.fetchOne(db, key: visit.hostId),
                        let link = try Self.hostLink(.reminder, visit: visit, site: site, publicURL: publicURL, in: db)
                    else { continue }
                    var messages: [OutgoingMessage] = []
                    if let phone = host.phone {
                        messages.append(.init(.sms, phone, body: texts.hostReminderSMS(visitor: visit.visitorName, site: site.name, link: link)))
                    }
                    if let email = host.email {
                        let mail = texts.hostReminderEmail(host: host.name, visitor: visit.visitorName, site: site.name, link: link)
                        messages.append(.init(.email, email, subject: mail.subject, body: mail.body))
                    }
                    try Self.enqueue(messages, siteID: site.rowID, visitID: visit.rowID, at: now, in: db)
                    reminded += messages.isEmpty ? 0 : 1
                }
                if !due.isEmpty {
                    try Self.audit("host-reminders", actor: "system", siteID: site.rowID, details: ["visits": .number(due.count)], at: now, in: db)
                }
            }
            return reminded
        }
    }

    /// The line that links the host's page for `purpose` about `visit`; nil without a public address.
    static func hostLinkLine(
        _ purpose: HostLinkPurpose, visit: VisitRecord, site: SiteRecord, publicURL: String?, texts: NotificationTexts, in db: Database
    ) throws -> String? {
        try hostLink(purpose, visit: visit, site: site, publicURL: publicURL, in: db).map(texts.hostReplyLink)
    }

    /// The host's page for `purpose` about `visit`, valid until the end of the visit's local day; nil without a public address.
    private static func hostLink(_ purpose: HostLinkPurpose, visit: VisitRecord, site: SiteRecord, publicURL: String?, in db: Database) throws
        -> String?
    {
        guard let publicURL else { return nil }
        let expires = LocalDay(timeZone: site.zone).startOfNextDay(after: visit.checkedInAt)
        return publicURL + "/reply.html#token=" + (try ReplyToken.make(visitID: visit.rowID, purpose: purpose, expires: expires, in: db))
    }

    /// The open visit `token` names and the link's purpose; a malformed, forged or expired token, or an ended or
    /// erased visit, is not found (with `acceptingLeft`, a visit this host's "left" ended is still found).
    private static func openVisit(
        token: String, now: Date, acceptingLeft: Bool = false, in db: Database
    ) throws -> (VisitRecord, HostLinkPurpose) {
        guard let (id, purpose) = try ReplyToken.open(token, now: now, in: db), let visit = try VisitRecord.fetchOne(db, key: id),
            visit.checkedOutAt == nil || (acceptingLeft && visit.checkoutKind == .host)
        else { throw StoreError.notFound(entity: "visit", field: "token") }
        return (visit, purpose)
    }

    private static func replyView(of visit: VisitRecord, purpose: HostLinkPurpose, in db: Database) throws -> HostReplyView {
        let zone = try String.fetchOne(db, sql: "SELECT time_zone FROM site WHERE id = ?", arguments: [visit.siteId]) ?? "UTC"
        return HostReplyView(
            purpose: purpose, visitorName: visit.visitorName, checkedInAt: visit.checkedInAt, timeZone: zone, answer: visit.hostReply,
            answeredAt: visit.hostRepliedAt)
    }
}
