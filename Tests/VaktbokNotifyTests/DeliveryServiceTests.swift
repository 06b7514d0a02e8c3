import Foundation
import Hummingbird
import Logging
import Synchronization
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokNotify

/// An outbox in memory, recording what the service did with each message.
final class MemoryOutbox: Outbox {
    struct Entry {
        var message: OutboxMessage
        var status = "pending"
        var next: Date
    }

    let entries: Mutex<[Int64: Entry]>

    init(_ messages: [OutboxMessage]) {
        entries = Mutex(Dictionary(uniqueKeysWithValues: messages.map { ($0.id, Entry(message: $0, next: $0.createdAt)) }))
    }

    func status(_ id: Int64) -> String { entries.withLock { $0[id]?.status ?? "" } }
    func next(_ id: Int64) -> Date? { entries.withLock { $0[id]?.next } }

    func dueMessages(now: Date, limit: Int) async throws -> [OutboxMessage] {
        entries.withLock { $0.values.filter { $0.status == "pending" && $0.next <= now }.map(\.message).sorted { $0.id < $1.id } }
    }

    func markSent(messageID: Int64, now: Date) async throws { entries.withLock { $0[messageID]?.status = "sent" } }

    func markRetry(messageID: Int64, next: Date, error: String) async throws {
        entries.withLock { entries in
            guard let entry = entries[messageID] else { return }
            let message = entry.message
            entries[messageID]?.message = OutboxMessage(
                id: message.id, channel: message.channel, recipient: message.recipient, subject: message.subject, body: message.body,
                idempotencyKey: message.idempotencyKey, attempts: message.attempts + 1, createdAt: message.createdAt
            )
            entries[messageID]?.next = next
        }
    }

    func markFailed(messageID: Int64, error: String) async throws { entries.withLock { $0[messageID]?.status = "failed" } }
}

@Suite("Delivery service: at least once, with backoff")
struct DeliveryServiceTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("backoff: first retry within 30 s, doubling to an hour, given up after 24 hours")
    func policy() {
        let policy = RetryPolicy()
        #expect(policy.nextAttempt(after: 1, createdAt: start, now: start) == start.addingTimeInterval(10))
        #expect(policy.nextAttempt(after: 2, createdAt: start, now: start) == start.addingTimeInterval(20))
        #expect(policy.nextAttempt(after: 20, createdAt: start, now: start) == start.addingTimeInterval(3_600))
        #expect(policy.nextAttempt(after: 5, createdAt: start, now: start.addingTimeInterval(86_300)) == nil)
    }

    @Test("gateway down: retried on schedule; gateway back: sent once, with the same idempotency key")
    func outage() async throws {
        let gateway = GatewayStandIn()
        gateway.answer(with: .serviceUnavailable)
        let clock = TestClock(start)
        let outbox = MemoryOutbox([message(.sms, to: "+4791234567", createdAt: start)])
        try await gateway.run { base in
            let service = DeliveryService(
                outbox: outbox, channels: [.sms: JSONSMSChannel(url: base + "/send", token: "t", from: "Vaktbok")],
                now: { clock.now }, logger: Logger(label: "test")
            )
            var sent = [try await service.deliverDue()]
            #expect(outbox.next(7) == start.addingTimeInterval(10))
            clock.advance(by: 5)
            sent.append(try await service.deliverDue())
            #expect(gateway.received.count == 1, "not due yet: no second attempt")
            gateway.answer(with: .created)
            clock.advance(by: 5)
            sent.append(try await service.deliverDue())
            sent.append(try await service.deliverDue())
            #expect(sent == [0, 0, 1, 0])
        }
        #expect(outbox.status(7) == "sent")
        #expect(gateway.received.count == 2)
        #expect(Set(gateway.received.map { $0.headers["idempotency-key"] ?? "" }) == ["vaktbok-test-key-7"])
    }

    @Test("a refusal fails the message at once; a day of outage gives it up; no channel waits")
    func failures() async throws {
        let gateway = GatewayStandIn()
        gateway.answer(with: .badRequest)
        let clock = TestClock(start)
        let outbox = MemoryOutbox([
            message(.sms, to: "+4791234567", createdAt: start),
            OutboxMessage(
                id: 8, channel: .email, recipient: "kari@example.no", subject: "s", body: "b", idempotencyKey: "k8",
                attempts: 9, createdAt: start.addingTimeInterval(-86_000)),
            OutboxMessage(
                id: 9, channel: .webhook, recipient: "http://127.0.0.1:9/hook", subject: nil, body: "{}", idempotencyKey: "k9",
                attempts: 0, createdAt: start),
        ])
        try await gateway.run { base in
            let service = DeliveryService(
                outbox: outbox,
                channels: [
                    .sms: JSONSMSChannel(url: base + "/send", token: "t", from: "V"),
                    .email: SendmailChannel(command: ["/nonexistent/sendmail"], from: "v@example.no", now: { clock.now }),
                ],
                now: { clock.now }, logger: Logger(label: "test")
            )
            try await service.deliverDue()
        }
        #expect(outbox.status(7) == "failed")
        #expect(outbox.status(8) == "failed")
        #expect(outbox.status(9) == "pending" && outbox.next(9) == start.addingTimeInterval(10))
    }
}
