import Foundation
import Hummingbird
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokNotify

/// A message for the tests, with invented data.
func message(
    _ channel: OutboxMessage.Channel, to recipient: String, body: String = "Velkommen til Oslo HQ! Åse Ødegård er varslet.",
    subject: String? = nil, attempts: Int = 0, createdAt: Date = Date(), secrets: [String] = []
) -> OutboxMessage {
    OutboxMessage(
        id: 7, channel: channel, recipient: recipient, subject: subject, body: body, idempotencyKey: "vaktbok-test-key-7",
        attempts: attempts, createdAt: createdAt, signingSecrets: secrets)
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

    @Test("webhook: JSON body, the deprecated X-Vaktbok-Signature a receiver checks with HMAC-SHA256 over \"<t>.<body>\"")
    func webhook() async throws {
        let gateway = GatewayStandIn()
        let body = #"{"event":"visit.checked_in","visitId":1}"#
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        try await gateway.run { base in
            let channel = WebhookChannel(now: { at })
            #expect(await channel.deliver(message(.webhook, to: base + "/hook", body: body, secrets: ["en-lang-hemmelighet"])) == .sent)
        }
        let request = try #require(gateway.received.first)
        #expect(request.body == body)
        let header = try #require(request.headers["x-vaktbok-signature"])
        let expected = try PythonHMAC.sha256(key: "en-lang-hemmelighet", message: "1795000000." + body)
        #expect(header == "t=1795000000,v1=" + expected)
    }

    @Test("Standard Webhooks: the specification's own example signature, and one signature per valid secret during a rotation")
    func standardWebhooks() async throws {
        let example = try WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        let signed = WebhookChannel.standardSignature(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek", body: #"{"test": 2432232314}"#, secret: example, at: Date(timeIntervalSince1970: 1_614_265_330)
        )
        #expect(signed == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")

        let gateway = GatewayStandIn()
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let secrets = [WebhookSecret.generate(), example]
        try await gateway.run { base in
            let delivery = message(.webhook, to: base + "/hook", body: "{}", secrets: secrets.map(\.text))
            #expect(await WebhookChannel(now: { at }).deliver(delivery) == .sent)
        }
        let headers = try #require(gateway.received.first?.headers)
        #expect(headers["webhook-id"] == "vaktbok-test-key-7" && headers["webhook-timestamp"] == "1795000000")
        let expected = secrets.map { WebhookChannel.standardSignature(id: "vaktbok-test-key-7", body: "{}", secret: $0, at: at) }
        #expect(headers["webhook-signature"] == expected.joined(separator: " "))
        #expect(headers["x-vaktbok-signature"] == WebhookChannel.signature(body: "{}", secret: secrets[0], at: at))
    }

    @Test("a secret an older version stored (spaces, letters outside ASCII) still signs, with its UTF-8 bytes")
    func olderSecret() async throws {
        let gateway = GatewayStandIn()
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        try await gateway.run { base in
            let delivery = message(.webhook, to: base + "/hook", body: "{}", secrets: ["riktig hest batteri stift æøå"])
            #expect(await WebhookChannel(now: { at }).deliver(delivery) == .sent)
        }
        let header = try #require(gateway.received.first?.headers["x-vaktbok-signature"])
        #expect(header == "t=1795000000,v1=" + (try PythonHMAC.sha256(key: "riktig hest batteri stift æøå", message: "1795000000.{}")))
    }

    @Test("a webhook without a valid secret is given up at once, without a request")
    func unsignedWebhook() async throws {
        let gateway = GatewayStandIn()
        try await gateway.run { base in
            #expect(
                await WebhookChannel(now: { Date() }).deliver(message(.webhook, to: base + "/hook", body: "{}")) == .permanent("no webhook secret"))
        }
        #expect(gateway.received.isEmpty)
    }

    @Test("chat: Slack and Teams bodies posted as they are, with no signature headers")
    func chat() async throws {
        let gateway = GatewayStandIn()
        let body = #"{"text":"Åse Bø har kommet"}"#
        try await gateway.run { base in
            #expect(await ChatWebhookChannel().deliver(message(.chat, to: base + "/services/T0/B0/x", body: body)) == .sent)
        }
        let request = try #require(gateway.received.first)
        #expect(request.body == body && request.headers["webhook-signature"] == nil && request.headers["content-type"] == "application/json")
    }
}

/// HMAC-SHA256 computed by Python's standard library, as a webhook receiver would.
enum PythonHMAC {
    static func sha256(key: String, message: String) throws -> String {
        let script = "import hmac,hashlib,sys; print(hmac.new(sys.argv[1].encode(), sys.argv[2].encode(), hashlib.sha256).hexdigest())"
        return try Subprocess.python(["-c", script, key, message]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
