import Foundation
import Testing
import VaktbokCore
import VaktbokNotify

@Suite("Configuration and channels describe themselves without their secrets")
struct RedactionTests {
    /// Every way Swift turns a value into text: interpolation, debug description, dump (mirrors).
    static func descriptions(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return ["\(value)", String(reflecting: value), dumped]
    }

    @Test("Twilio and JSON gateways, the whole configuration, the channels and a webhook message")
    func redacted() {
        var twilio = NotifyConfig()
        twilio.sms = .twilio(baseURL: "https://api.example", accountSID: "AC-Kanari", authToken: "twilio-Kanari-token")
        var json = NotifyConfig()
        json.sms = .json(url: "https://sms.example", token: "json-Kanari-token")
        let message = OutboxMessage(
            id: 1, channel: .webhook, recipient: "https://hook.example", subject: nil, body: "{}", idempotencyKey: "k", attempts: 0,
            createdAt: Date(), signingSecrets: ["whsec-Kanari-secret"]
        )
        let values: [Any] = [
            twilio, json, twilio.sms, json.sms, message,
            TwilioSMSChannel(baseURL: "https://api.example", accountSID: "AC-Kanari", authToken: "twilio-Kanari-token", from: "V"),
            JSONSMSChannel(url: "https://sms.example", token: "json-Kanari-token", from: "V"),
        ]
        for value in values {
            for text in Self.descriptions(value) { #expect(!text.contains("Kanari"), "\(type(of: value)): \(text)") }
        }
    }
}
