import Foundation
import Testing
import VaktbokCore

@Suite("Notification texts")
struct NotificationTextsTests {
    @Test("SMS texts name site and host, fit one 160-character segment with usual names, in both languages", arguments: NotificationLanguage.allCases)
    func sms(language: NotificationLanguage) {
        let texts = NotificationTexts(language: language)
        let visitor = texts.visitorSMS(site: "Oslo HQ", host: "Åse Bjørnstad-Ødegård", privacyURL: "https://example.no/p")
        #expect(visitor.contains("Oslo HQ") && visitor.contains("Åse Bjørnstad-Ødegård") && visitor.hasSuffix("https://example.no/p"))
        #expect(visitor.count <= 160)
        let host = texts.hostSMS(visitor: "Per Ærø", site: "Oslo HQ")
        #expect(host.contains("Per Ærø") && host.contains("Oslo HQ") && host.count <= 160)
        #expect(!texts.visitorSMS(site: "Oslo HQ", host: "Kari", privacyURL: nil).contains("http"))
    }

    @Test("bokmål and English differ; the e-mail has a subject and a greeting")
    func languages() {
        let nb = NotificationTexts(language: .nb).hostEmail(host: "Kari", visitor: "Per Ærø", site: "Oslo HQ", time: "10:15")
        let en = NotificationTexts(language: .en).hostEmail(host: "Kari", visitor: "Per Ærø", site: "Oslo HQ", time: "10:15")
        #expect(nb.subject == "Besøk: Per Ærø er kommet" && en.subject == "Visitor: Per Ærø has arrived")
        #expect(nb.body.hasPrefix("Hei Kari,") && en.body.hasPrefix("Hello Kari,"))
    }

    @Test("the webhook payload carries the visitor only when asked to, with type and timestamp beside the older names")
    func webhook() throws {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let bare = try WebhookPayload(.visitCheckedIn, site: "OSL", host: (1, "Kari Nordmann"), at: at, visitID: 3).json()
        #expect(
            bare == #"{"at":"2026-11-18T11:06:40Z","event":"visit.checked_in","host":{"id":1,"name":"Kari Nordmann"},"site":"OSL","#
                + #""timestamp":"2026-11-18T11:06:40Z","type":"visit.checked_in","visitId":3}"#)
        let full = try WebhookPayload(.visitCheckedIn, site: "OSL", host: (1, "Kari"), at: at, visitID: 3, visitor: ("Per Ærø", "+4791234567"))
            .json()
        #expect(full.contains(#""visitor":{"name":"Per Ærø","phone":"+4791234567"}"#))
        let out = try WebhookPayload(.visitCheckedOut, site: "OSL", host: (1, "Kari"), at: at, visitID: 3, checkoutKind: .badge).json()
        #expect(out.contains(#""checkoutKind":"badge""#) && out.contains(#""type":"visit.checked_out""#))
        let group = try WebhookPayload(.groupArrived, site: "OSL", host: (1, "Kari"), at: at, groupID: 9, arrived: 12).json()
        #expect(group.contains(#""arrived":12"#) && group.contains(#""groupId":9"#) && !group.contains("visitId"))
    }

    @Test("chat lines name the visitor only when the site shares personal data", arguments: NotificationLanguage.allCases)
    func chat(language: NotificationLanguage) throws {
        let texts = NotificationTexts(language: language)
        for event in WebhookEvent.allCases {
            let named = texts.chatText(event, visitor: "Åse Bø-Sæther", host: "Kari Nordmann", site: "Oslo HQ", arrived: 3)
            let anonymous = texts.chatText(event, visitor: nil, host: "Kari Nordmann", site: "Oslo HQ", arrived: 3)
            #expect(named.contains("Kari Nordmann") && named.contains("Oslo HQ") && anonymous.contains("Kari Nordmann"))
            #expect(!anonymous.contains("Åse"))
            #expect(named.contains("Åse") == (event != .groupArrived))
        }
        let slack = try #require(ChatMessage.body("Åse har \"kommet\"", format: .slack))
        #expect(try JSONSerialization.jsonObject(with: Data(slack.utf8)) as? [String: String] == ["text": "Åse har \"kommet\""])
        let teams = try #require(ChatMessage.body("Åse", format: .teams))
        #expect(teams.contains(#""contentType":"application/vnd.microsoft.card.adaptive""#) && teams.contains(#""text":"Åse""#))
        #expect(ChatMessage.body("x", format: .standard) == nil)
        let hostile = "<!channel> *Ola* [klikk](https://evil.example) & co"
        #expect(ChatMessage.body(hostile, format: .slack)?.contains(#"&lt;!channel&gt; *Ola* [klikk](https://evil.example) &amp; co"#) == true)
        let card = try #require(ChatMessage.body(hostile, format: .teams))
        #expect(card.contains(#"<!channel\\> \\*Ola\\* \\[klikk\\]\\(https://evil.example\\) & co"#), "\(card)")
    }

    @Test("webhook secrets: whsec_ base64 of 16 to 64 bytes, or 16 to 256 visible ASCII characters; new ones are whsec_")
    func secrets() throws {
        #expect(try WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").key.count == 24)
        #expect(try WebhookSecret("sixteen-chars-ok").key == Array("sixteen-chars-ok".utf8))
        for bad in ["short", "whsec_!!!", "whsec_AAAA", "with space inside it", String(repeating: "x", count: 257), "hemmelig-med-æøå-tegn"] {
            #expect(throws: ValidationError.self) { try WebhookSecret(bad) }
        }
        let fresh = WebhookSecret.generate()
        #expect(fresh.text.hasPrefix("whsec_") && fresh.key.count == 32 && fresh != WebhookSecret.generate())
        #expect(!"\(fresh)".contains(fresh.text))
    }

    @Test("host links survive the longest names: the text is cut, the link kept whole", arguments: NotificationLanguage.allCases)
    func linksKeptWhole(language: NotificationLanguage) {
        let texts = NotificationTexts(language: language)
        let name = String(repeating: "Åse-Marie Bjørnstad-Ødegård ", count: 30)
        let link = "https://vaktbok.example.no/reply.html#token=" + String(repeating: "A", count: 44)
        let reminder = texts.hostReminderSMS(visitor: name, site: String(repeating: "Kontor ", count: 20), link: link)
        let arrival = MessageLimits.sms(texts.hostSMS(visitor: name, site: "Oslo HQ"), ending: "\n" + texts.hostReplyLink(link))
        for sms in [reminder, arrival] {
            #expect(sms.hasSuffix(link) && sms.contains("...") && MessageLimits.smsSegments(sms) <= MessageLimits.maxSegments)
        }
        #expect(texts.visitorAnswerSMS(host: "Kari", answer: .left) == nil && texts.visitorAnswerSMS(host: "Kari", answer: .soon) != nil)
    }
}
