import Foundation
import VaktbokCore

/// E-mail handed to a sendmail-compatible command (default `/usr/sbin/sendmail -t -i`) as a UTF-8 plain-text message.
public struct SendmailChannel: DeliveryChannel {
    let command: [String]
    let from: String
    let now: @Sendable () -> Date

    /// A channel running `command` (program and arguments), sending as `from`.
    public init(command: [String], from: String, now: @escaping @Sendable () -> Date) {
        self.command = command
        self.from = from
        self.now = now
    }

    /// Pipes the message to the sendmail command; exit 0 means accepted, anything else is retried.
    public func deliver(_ message: OutboxMessage) async -> DeliveryResult {
        guard let program = command.first else { return .permanent("no sendmail command") }
        guard (try? EmailAddress(message.recipient)) != nil else { return .permanent("recipient is not a plain e-mail address") }
        let text = MailMessage(message: message, from: from, date: now()).text
        let status: Int32? = await withCheckedContinuation { continuation in
            // Writing the message and waiting for the exit block, so they run on a thread of their own.
            Thread.detachNewThread {
                guard let child = try? ChildProcess(program, Array(command.dropFirst()), stdin: .pipe) else {
                    return continuation.resume(returning: nil)
                }
                child.standardInput?.write(Data(text.utf8))
                try? child.standardInput?.close()
                continuation.resume(returning: child.waitUntilExit())
            }
        }
        guard let status else { return .retry("sendmail did not start") }
        return status == 0 ? .sent : .retry("sendmail exit \(status)")
    }
}

/// An RFC 5322 message: From, To, Subject (RFC 2047 encoded when not ASCII), Date, Message-ID, MIME headers, base64
/// body; with a calendar file, a `multipart/mixed` of the text and an `invitation.ics` attachment.
struct MailMessage {
    let message: OutboxMessage
    let from: String
    let date: Date

    var text: String {
        var headers = [
            "From: \(from)",
            "To: \(message.recipient)",
            "Subject: \(Self.encodedWord(message.subject ?? ""))",
            "Date: \(Self.rfc5322(date))",
            "Message-ID: <\(message.idempotencyKey)@vaktbok>",
            "MIME-Version: 1.0",
        ]
        let body = Self.part(type: "text/plain; charset=utf-8", content: message.body)
        guard let calendar = message.calendar else { return (headers + body).joined(separator: "\r\n") + "\r\n" }
        let boundary = "vaktbok-" + message.idempotencyKey
        headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        let attachment = Self.part(
            type: "text/calendar; charset=utf-8; method=PUBLISH; name=\"invitation.ics\"", content: calendar,
            disposition: "attachment; filename=\"invitation.ics\"")
        let lines = headers + ["", "--\(boundary)"] + body + ["--\(boundary)"] + attachment + ["--\(boundary)--"]
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A MIME part's headers, an empty line and `content` in base64 (the whole message when it is the only part).
    static func part(type: String, content: String, disposition: String? = nil) -> [String] {
        let encoded = Data(content.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return ["Content-Type: \(type)", "Content-Transfer-Encoding: base64"] + (disposition.map { ["Content-Disposition: \($0)"] } ?? [])
            + ["", encoded]
    }

    /// `text` on one line as RFC 2047 `=?UTF-8?B?…?=` encoded words of at most 64 characters each, folded onto
    /// continuation lines (RFC 5322 keeps lines under 78 characters); short ASCII stays as it is.
    static func encodedWord(_ text: String) -> String {
        let line = MessageLimits.subject(text)
        if line.allSatisfy(\.isASCII), line.utf8.count <= 60 { return line }
        var words: [String] = [], chunk = ""
        for character in line {
            if chunk.utf8.count + character.utf8.count > 39 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
