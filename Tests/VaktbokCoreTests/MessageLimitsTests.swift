import Foundation
import Testing
import VaktbokCore

@Suite("What goes out is bounded")
struct MessageLimitsTests {
    @Test(
        "an SMS never takes more than four segments, whatever the names in it",
        arguments: [
            String(repeating: "Åse Bjørnstad ", count: 200), String(repeating: "Дмитрий ", count: 200), String(repeating: "{[€]}", count: 300),
        ])
    func sms(text: String) {
        let bounded = MessageLimits.sms(text)
        #expect(MessageLimits.smsSegments(bounded) <= MessageLimits.maxSegments && bounded.hasSuffix("..."))
        #expect(MessageLimits.smsSegments(bounded) == MessageLimits.maxSegments)
    }

    @Test("a short SMS is left as it is")
    func shortSMS() {
        #expect(MessageLimits.sms("Velkommen, Åse!") == "Velkommen, Åse!")
        #expect(MessageLimits.smsSegments("Velkommen, Åse!") == 1)
    }

    @Test("a subject is one line of at most 150 characters")
    func subject() {
        let subject = MessageLimits.subject("Besøk:\r\nBcc: x@y.no " + String(repeating: "Å", count: 500))
        #expect(subject.count == 150 && !subject.contains(where: \.isNewline))
    }
}
