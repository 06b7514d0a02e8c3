import Foundation
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokNotify

#if canImport(Glibc)
    import Glibc
#endif

@Suite("E-mail through msmtp to a real local SMTP server", .timeLimit(.minutes(1)))
struct SendmailTests {
    @Test("headers, encoded non-ASCII subject and UTF-8 body arrive intact")
    func delivered() async throws {
        let smtp = try LocalSMTPServer()
        defer { smtp.stop() }
        let channel = SendmailChannel(
            command: ["/usr/bin/msmtp", "--host=127.0.0.1", "--port=\(smtp.port)", "--auth=off", "--tls=off", "--read-envelope-from", "-t", "-i"],
            from: "Vaktbok <vaktbok@example.no>", now: { Date(timeIntervalSince1970: 1_795_000_000) }
        )
        let mail = message(
            .email, to: "kari.nordmann@example.no", body: "Hei Kari,\n\nÅse Ødegård er kommet.\n", subject: "Besøk: Åse Ødegård er kommet")
        #expect(await channel.deliver(mail) == .sent)
        let received = try smtp.receivedMessages()
        #expect(received.count == 1)
        let headers = try #require(received.first)
        #expect(headers["From"] == "Vaktbok <vaktbok@example.no>")
        #expect(headers["To"] == "kari.nordmann@example.no")
        #expect(headers["Subject"] == "Besøk: Åse Ødegård er kommet")
        #expect(headers["Message-ID"] == "<vaktbok-test-key-7@vaktbok>")
        #expect(headers["Date"] == "Wed, 18 Nov 2026 11:06:40 +0000")
        #expect(headers["Content-Type"] == "text/plain; charset=\"utf-8\"" || headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(headers["body"] == "Hei Kari,\n\nÅse Ødegård er kommet.\n")
    }

    @Test("a long subject with a line break in it is one folded header: lines under 78 columns, decoded intact, no extra header")
    func longSubject() async throws {
        let smtp = try LocalSMTPServer()
        defer { smtp.stop() }
        let channel = SendmailChannel(
            command: ["/usr/bin/msmtp", "--host=127.0.0.1", "--port=\(smtp.port)", "--auth=off", "--tls=off", "--read-envelope-from", "-t", "-i"],
            from: "Vaktbok <vaktbok@example.no>", now: { Date(timeIntervalSince1970: 1_795_000_000) }
        )
        let subject = "Besøk:\r\nBcc: inntrenger@example.no " + String(repeating: "Åse Bjørnstad-Ødegård ", count: 40)
        let mail = message(.email, to: "kari.nordmann@example.no", body: "Hei\n", subject: subject)
        let text = MailMessage(message: mail, from: "vaktbok@example.no", date: Date()).text
        let head = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(head.allSatisfy { $0.utf8.count <= 78 } && !head.contains { $0.hasPrefix("Bcc") })
        #expect(await channel.deliver(mail) == .sent)
        let received = try #require(try smtp.receivedMessages().first)
        #expect(received["Subject"] == MessageLimits.subject(subject) && received["Bcc"] == nil)
    }

    @Test(
        "a recipient that is not one plain address is refused for good, never handed to sendmail",
        arguments: [
            "kari@example.no, inntrenger@example.no", "Kari <kari@example.no>", "kari@example.no\r\nBcc: inntrenger@example.no",
        ])
    func recipientRefused(recipient: String) async {
        let channel = SendmailChannel(command: ["/bin/false"], from: "vaktbok@example.no", now: { Date() })
        #expect(
            await channel.deliver(message(.email, to: recipient, body: "Hei\n", subject: "Besøk"))
                == .permanent("recipient is not a plain e-mail address"))
    }
}

/// `python -m aiosmtpd` on a free loopback port, storing mail in a Maildir that Python's `mailbox` module reads back.
final class LocalSMTPServer {
    let port: Int
    private let process: ChildProcess
    private let mailbox: URL

    init() throws {
        let folder = TemporaryFolder.make("smtp")
        mailbox = folder.appendingPathComponent("mbox")
        let free = try Self.python(["-c", "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])"])
        port = Int(free.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        process = try ChildProcess(
            Self.venvPython.path, ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Mailbox", mailbox.path])
        _ = try Self.python([
            "-c",
            """
            import socket, time, sys
            deadline = time.time() + 20
            while True:
                try: socket.create_connection(('127.0.0.1', \(port)), timeout=1).close(); break
                except OSError:
                    if time.time() > deadline: sys.exit(1)
                    time.sleep(0.05)
            """,
        ])
    }

    /// aiosmtpd ignores SIGTERM, so it is killed.
    func stop() {
        process.forceKill()
        process.waitUntilExit()
    }

    /// Each message's headers (decoded) and its decoded body under the key `body`.
    func receivedMessages() throws -> [[String: String]] {
        let script = """
            import json, mailbox, sys
            from email.header import decode_header, make_header
            out = []
            for m in mailbox.Maildir(sys.argv[1], factory=None, create=False):
                d = {k: str(make_header(decode_header(v))) for k, v in m.items()}
                d['body'] = m.get_payload(decode=True).decode(m.get_content_charset())
                out.append(d)
            print(json.dumps(out))
            """
        return try JSONDecoder().decode([[String: String]].self, from: Data(Self.python(["-c", script, mailbox.path]).utf8))
    }

    static var venvPython: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/venv/bin/python").standardized
    }

    static func python(_ arguments: [String]) throws -> String {
        let output = try Subprocess.run(venvPython.path, arguments)
        guard output.status == 0 else { throw SMTPServerError.python(output.status) }
        return output.stdout
    }
}

enum SMTPServerError: Error {
    case python(Int32)
}
