import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// Queues the invitation of `details`: an SMS with the link to the visitor's QR page (when the server's
    /// `publicURL` is known), an e-mail with the calendar file when the invite has an address, and, for a new invite,
    /// a note to the host (by e-mail, else SMS). Tied to the invite, so that cancelling or erasing it drops what is unsent.
    func enqueueInvitation(_ details: InviteDetails, site: SiteRecord, host: HostRecord, changed: Bool, now: Date, in db: Database) throws {
        let invite = details.invite
        let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
        let when = Self.when(invite, texts: texts)
        let link = publicURL.map { "\($0)/invite.html#code=\(invite.badgeCode)" }
        let privacy = site.privacyNoticeUrl
        let sms = texts.inviteSMS(site: site.name, host: host.name, when: when, link: link, privacyURL: privacy, changed: changed)
        var messages = [OutgoingMessage(.sms, invite.visitorPhone, body: sms)]
        if let email = invite.visitorEmail {
            let mail = texts.inviteEmail(
                visitor: invite.visitorName, site: site.name, host: host.name, when: when, link: link, privacyURL: privacy, changed: changed)
            let description = texts.inviteEventDescription(site: site.name, host: host.name, when: when)
            let calendar = Self.calendar(details, texts: texts, description: description, stamp: now, cancelled: false)
            messages.append(.init(.email, email, subject: mail.subject, body: mail.body, calendar: calendar.text))
        }
        if !changed, let event = try Self.webhookMessage(invite: invite, site: site, host: host, at: now) {
            messages.append(event)
        }
        if !changed {
            let note = texts.inviteHostNote(visitor: invite.visitorName, site: site.name, when: when)
            if let email = host.email {
                messages.append(.init(.email, email, subject: note.subject, body: note.body + "\n"))
            } else if let phone = host.phone {
                messages.append(.init(.sms, phone, body: note.body))
            }
        }
        try Self.enqueue(messages, siteID: site.rowID, inviteID: invite.rowID, at: now, in: db)
    }

    /// Queues the cancellation of `details` to the visitor (SMS, and e-mail with the cancelled calendar event), tied to
    /// the cancelled invite, which the purge keeps until it has gone and a data-subject request finds with it.
    static func enqueueCancellation(_ details: InviteDetails, site: SiteRecord, now: Date, in db: Database) throws {
        let invite = details.invite
        let texts = NotificationTexts(language: NotificationLanguage(rawValue: site.language) ?? .nb)
        let when = when(invite, texts: texts)
        let sms = texts.inviteCancelledSMS(site: site.name, when: when)
        var messages = [OutgoingMessage(.sms, invite.visitorPhone, body: sms)]
        if let email = invite.visitorEmail {
            let mail = texts.inviteCancelledEmail(visitor: invite.visitorName, site: site.name, when: when)
            let calendar = calendar(details, texts: texts, description: sms, stamp: now, cancelled: true)
            messages.append(.init(.email, email, subject: mail.subject, body: mail.body, calendar: calendar.text))
        }
        try enqueue(messages, siteID: site.rowID, inviteID: invite.rowID, at: now, in: db)
    }

    /// The invite's date and window as the messages write them.
    private static func when(_ invite: InviteRecord, texts: NotificationTexts) -> String {
        texts.inviteWhen(date: invite.date, window: invite.window)
    }

    /// The invite's calendar event; nothing in it names the visitor or carries the code, since calendar files travel on
    /// to calendar servers.
    private static func calendar(_ details: InviteDetails, texts: NotificationTexts, description: String, stamp: Date, cancelled: Bool)
        -> InviteCalendar
    {
        let invite = details.invite
        let created = Int(invite.createdAt.timeIntervalSince1970)
        return InviteCalendar(
            uid: "invite-\(invite.rowID)-\(created)@\(details.siteCode.lowercased()).vaktbok", sequence: invite.sequence + (cancelled ? 1 : 0),
            stamp: stamp, date: invite.date,
            window: invite.window, timeZone: details.siteZone, summary: texts.inviteEventTitle(host: details.hostName, site: details.siteName),
            location: details.siteName, description: description, cancelled: cancelled)
    }
}
