import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Writes the check-in's notifications into the outbox, in the check-in's own transaction: an SMS to
    /// the visitor, an SMS and/or e-mail to the host (as they have a phone or address), each with a signed reply link
    /// when the server's `publicURL` is known, and the site's webhook.
    static func enqueueCheckInMessages(for visit: VisitRecord, site: SiteRecord, host: HostRecord, publicURL: String?, in db: Database) throws {
        let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
        let day = LocalDay(timeZone: site.zone)
        let reply = try hostLinkLine(.reply, visit: visit, site: site, publicURL: publicURL, texts: texts, in: db)
        var messages: [OutgoingMessage] = [
            .init(.sms, visit.visitorPhone, body: texts.visitorSMS(site: site.name, host: host.name, privacyURL: site.privacyNoticeUrl))
        ]
        if let phone = host.phone {
            let text = texts.hostSMS(visitor: visit.visitorName, site: site.name)
            messages.append(.init(.sms, phone, body: MessageLimits.sms(text, ending: reply.map { "\n" + $0 } ?? "")))
        }
        if let email = host.email {
            let time = day.isoDateTime(of: visit.checkedInAt)
            let mail = texts.hostEmail(host: host.name, visitor: visit.visitorName, site: site.name, time: time, link: reply)
            messages.append(.init(.email, email, subject: mail.subject, body: mail.body))
        }
        messages += try webhookMessage(.visitCheckedIn, visit: visit, site: site, host: host, at: visit.checkedInAt).map { [$0] } ?? []
        try enqueue(messages, siteID: site.rowID, visitID: visit.rowID, at: visit.checkedInAt, in: db)
    }

    /// The site's webhook message for `event` about `visit` (or a group's arrival), if the site has a webhook:
    /// a signed event in the standard format, else the chat channel's text.
    static func webhookMessage(
        _ event: WebhookEvent, visit: VisitRecord, site: SiteRecord, host: HostRecord, at: Date, groupID: Int64? = nil, arrived: Int? = nil
    ) throws -> OutgoingMessage? {
        let answer = event == .visitHostReplied ? visit.hostReply : nil
        let visitor = site.webhookPersonalData && groupID == nil ? (name: visit.visitorName, phone: visit.visitorPhone) : nil
        return try webhookMessage(event, site: site, host: host, visitor: visitor?.name, arrived: arrived, answer: answer) {
            WebhookPayload(
                event, site: site.code, host: (host.rowID, host.name), at: at, visitID: groupID == nil ? visit.rowID : nil, groupID: groupID,
                visitor: visitor, checkoutKind: visit.checkoutKind, arrived: arrived, answer: answer
            )
        }
    }

    /// The site's `invite.created` event for `invite`, if the site has a webhook.
    static func webhookMessage(invite: InviteRecord, site: SiteRecord, host: HostRecord, at: Date) throws -> OutgoingMessage? {
        let visitor = site.webhookPersonalData ? (name: invite.visitorName, phone: invite.visitorPhone) : nil
        return try webhookMessage(.inviteCreated, site: site, host: host, visitor: visitor?.name, date: invite.date.readable) {
            WebhookPayload(
                .inviteCreated, site: site.code, host: (host.rowID, host.name), at: at, visitor: visitor, inviteID: invite.rowID,
                date: invite.visitDate)
        }
    }

    /// `event` for the site's webhook: the chat channel's text in a Slack or Teams format, else the signed `payload`.
    private static func webhookMessage(
        _ event: WebhookEvent, site: SiteRecord, host: HostRecord, visitor: String?, arrived: Int? = nil, answer: HostAnswer? = nil,
        date: String = "", payload: () -> WebhookPayload
    ) throws -> OutgoingMessage? {
        guard let url = site.webhookUrl else { return nil }
        let format = WebhookFormat(rawValue: site.webhookFormat) ?? .standard
        if format != .standard {
            let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
            let text = texts.chatText(event, visitor: visitor, host: host.name, site: site.name, arrived: arrived ?? 0, answer: answer, date: date)
            return ChatMessage.body(text, format: format).map { .init(.chat, url, body: $0) }
        }
        return .init(.webhook, url, body: try payload().json())
    }

    /// Writes `site`'s `visit.checked_out` event for `visit` into the outbox, if the site has a webhook.
    static func enqueueCheckOutEvent(for visit: VisitRecord, site: SiteRecord, in db: Database) throws {
        guard let checkedOutAt = visit.checkedOutAt, site.webhookUrl != nil, let host = try HostRecord.fetchOne(db, key: visit.hostId),
            let message = try webhookMessage(.visitCheckedOut, visit: visit, site: site, host: host, at: checkedOutAt)
        else { return }
        try enqueue([message], siteID: site.rowID, visitID: visit.rowID, at: checkedOutAt, in: db)
    }

    /// Writes `messages` into the outbox in the caller's transaction, each with a fresh idempotency key, in one
    /// statement (prepared once per number of messages); a message tied to a visit, consent, request or invite is
    /// deleted with it.
    static func enqueue(
        _ messages: [OutgoingMessage], siteID: Int64, visitID: Int64? = nil, consentID: Int64? = nil, requestID: Int64? = nil,
        inviteID: Int64? = nil, at now: Date, in db: Database
    ) throws {
        guard !messages.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO outbox_message (visit_id, consent_id, request_id, invite_id, site_id, channel, recipient, subject, body,
                calendar, idempotency_key, next_attempt_at, created_at) VALUES
                """ + Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: messages.count).joined(separator: ", "))
        var arguments = StatementArguments()
        for message in messages {
            arguments += [
                visitID, consentID, requestID, inviteID, siteID, message.channel.rawValue, message.recipient, message.subject, message.body,
                message.calendar, "vaktbok-" + Base64URL.randomToken(byteCount: 16), now, now,
            ]
        }
        try insert.execute(arguments: arguments)
    }

    /// Pending messages whose next attempt is due at `now`, oldest first.
    public func dueMessages(now: Date, limit: Int) async throws -> [OutboxMessage] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT outbox_message.*, site.webhook_secret,
                    CASE WHEN site.webhook_previous_secret_until > ? THEN site.webhook_previous_secret END AS previous_secret
                    FROM outbox_message JOIN site ON site.id = outbox_message.site_id
                    WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?
                    """, arguments: [now, now, limit]
            ).map { row in
                OutboxMessage(
                    id: row["id"], channel: OutboxMessage.Channel(rawValue: row["channel"]) ?? .sms, recipient: row["recipient"] ?? "",
                    subject: row["subject"], body: row["body"] ?? "", idempotencyKey: row["idempotency_key"],
                    attempts: row["attempts"], createdAt: row["created_at"],
                    signingSecrets: [row["webhook_secret"], row["previous_secret"]].compactMap { $0 }, calendar: row["calendar"]
                )
            }
        }
    }

    /// Marks message `id` sent and erases its body, subject, recipient and calendar file: only the fact that it went remains.
    public func markSent(messageID id: Int64, now: Date) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE outbox_message SET status = 'sent', sent_at = ?, attempts = attempts + 1, body = NULL, subject = NULL,
                    recipient = NULL, calendar = NULL, last_error = NULL WHERE id = ?
                    """, arguments: [now, id])
        }
    }

    /// Records a failed attempt of message `id` and when to try again; `error` holds no personal data.
    public func markRetry(messageID id: Int64, next: Date, error: String) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                arguments: [next, error, id]
            )
        }
    }

    /// Gives message `id` up and erases its body, subject, recipient and calendar file.
    public func markFailed(messageID id: Int64, error: String) async throws {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE outbox_message SET status = 'failed', attempts = attempts + 1, body = NULL, subject = NULL,
                    recipient = NULL, calendar = NULL, last_error = ? WHERE id = ?
                    """, arguments: [error, id])
        }
    }

    /// How many messages are in each status.
    public func outboxCounts() async throws -> [String: Int] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM outbox_message GROUP BY status")
                .reduce(into: [:]) { $0[$1["status"]] = $1["n"] }
        }
    }
}
