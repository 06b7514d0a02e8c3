import VaktbokCore

/// A notification about to be written into the outbox.
struct OutgoingMessage: Sendable {
    let channel: OutboxMessage.Channel
    /// E.164 phone, e-mail address or webhook URL.
    let recipient: String
    let subject: String?
    let body: String
    /// An e-mail's calendar file (`.ics` text).
    let calendar: String?

    /// A message on `channel` to `recipient`; an SMS is cut to `MessageLimits.maxSegments`, a subject to one short line.
    init(_ channel: OutboxMessage.Channel, _ recipient: String, subject: String? = nil, body: String, calendar: String? = nil) {
        self.channel = channel
        self.recipient = recipient
        self.subject = subject.map(MessageLimits.subject)
        self.body = channel == .sms ? MessageLimits.sms(body) : body
        self.calendar = calendar
    }
}
