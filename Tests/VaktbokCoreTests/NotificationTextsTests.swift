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

    @Test("the webhook payload carries the visitor only when asked to")
    func webhook() throws {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let bare = try WebhookPayload(visitID: 3, site: "OSL", hostID: 1, hostName: "Kari Nordmann", at: at, visitor: nil).json()
        #expect(bare == #"{"at":"2026-11-18T11:06:40Z","event":"visit.checked_in","host":{"id":1,"name":"Kari Nordmann"},"site":"OSL","visitId":3}"#)
        let full = try WebhookPayload(visitID: 3, site: "OSL", hostID: 1, hostName: "Kari", at: at, visitor: ("Per Ærø", "+4791234567")).json()
        #expect(full.contains(#""visitor":{"name":"Per Ærø","phone":"+4791234567"}"#))
    }
}
