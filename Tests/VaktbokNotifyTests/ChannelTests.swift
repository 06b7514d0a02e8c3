import Foundation
import Hummingbird
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokNotify

/// A message for the tests, with invented data.
func message(
    _ channel: OutboxMessage.Channel, to recipient: String, body: String = "Velkommen til Oslo HQ! Åse Ødegård er varslet.",
    subject: String? = nil, attempts: Int = 0, createdAt: Date = Date(), secret: String? = nil
) -> OutboxMessage {
    OutboxMessage(
        id: 7, channel: channel, recipient: recipient, subject: subject, body: body, idempotencyKey: "vaktbok-test-key-7",
        attempts: attempts, createdAt: createdAt, signingSecret: secret)
}

@Suite("Delivery channels against a real local listener")
struct ChannelTests {
    @Test("Twilio-compatible: form POST to the account's Messages.json with basic auth and the idempotency key")
    func twilio() async throws {
        let gateway = GatewayStandIn()
        try await gateway.run { base in
            let channel = TwilioSMSChannel(baseURL: base, accountSID: "AC123", authToken: "hemmelig", from: "Vaktbok")
            #expect(await channel.deliver(message(.sms, to: "+4791234567")) == .sent)
        }
        let request = try #require(gateway.received.first)
        #expect(request.path == "/2010-04-01/Accounts/AC123/Messages.json")
        #expect(request.headers["authorization"] == "Basic " + Data("AC123:hemmelig".utf8).base64EncodedString())
        #expect(request.headers["i-twilio-idempotency-token"] == "vaktbok-test-key-7")
        let form = Dictionary(
            uniqueKeysWithValues: request.body.split(separator: "&").map {
                let pair = $0.split(separator: "=", maxSplits: 1)
                return (String(pair[0]), String(pair[1]).removingPercentEncoding ?? "")
            })
        #expect(form == ["To": "+4791234567", "From": "Vaktbok", "Body": "Velkommen til Oslo HQ! Åse Ødegård er varslet."])
    }

    @Test("generic JSON: to, from, body and id with a bearer token")
    func json() async throws {
        let gateway = GatewayStandIn()
        try await gateway.run { base in
            let channel = JSONSMSChannel(url: base + "/send", token: "tok", from: "Vaktbok")
            #expect(await channel.deliver(message(.sms, to: "+4741234567")) == .sent)
        }
        let request = try #require(gateway.received.first)
        #expect(request.headers["authorization"] == "Bearer tok")
        let body = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String]
        #expect(
            body == ["to": "+4741234567", "from": "Vaktbok", "body": "Velkommen til Oslo HQ! Åse Ødegård er varslet.", "id": "vaktbok-test-key-7"])
    }

    @Test(
        "2xx sent; 429 and 5xx retry; other 4xx permanent",
        arguments: [
            (200, DeliveryResult.sent), (429, .retry("HTTP 429")), (500, .retry("HTTP 500")), (503, .retry("HTTP 503")),
            (400, .permanent("HTTP 400")), (401, .permanent("HTTP 401")),
        ])
    func classification(status: Int, expected: DeliveryResult) async throws {
        let gateway = GatewayStandIn()
        gateway.answer(with: .init(code: status))
        try await gateway.run { base in
            let channel = JSONSMSChannel(url: base + "/send", token: "tok", from: "Vaktbok")
            #expect(await channel.deliver(message(.sms, to: "+4741234567")) == expected)
        }
    }

    @Test("a refused connection is worth a retry")
    func refused() async {
        let channel = JSONSMSChannel(url: "http://127.0.0.1:9/send", token: "tok", from: "Vaktbok")
        guard case .retry = await channel.deliver(message(.sms, to: "+4741234567")) else {
            Issue.record("expected a retry")
            return
        }
    }

    @Test("webhook: JSON body, and a signature a receiver can check with HMAC-SHA256 over \"<t>.<body>\"")
    func webhook() async throws {
        let gateway = GatewayStandIn()
        let body = #"{"event":"visit.checked_in","visitId":1}"#
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        try await gateway.run { base in
            let channel = WebhookChannel(now: { at })
            #expect(await channel.deliver(message(.webhook, to: base + "/hook", body: body, secret: "en-lang-hemmelighet")) == .sent)
        }
        let request = try #require(gateway.received.first)
        #expect(request.body == body)
        let header = try #require(request.headers["x-vaktbok-signature"])
        #expect(header.hasPrefix("t=1795000000,v1="))
        let expected = try PythonHMAC.sha256(key: "en-lang-hemmelighet", message: "1795000000." + body)
        #expect(header == "t=1795000000,v1=" + expected)
    }
}

/// HMAC-SHA256 computed by Python's standard library, as a webhook receiver would.
enum PythonHMAC {
    static func sha256(key: String, message: String) throws -> String {
        let script = "import hmac,hashlib,sys; print(hmac.new(sys.argv[1].encode(), sys.argv[2].encode(), hashlib.sha256).hexdigest())"
        return try Subprocess.python(["-c", script, key, message]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
