import Foundation
import Testing

@testable import VaktbokCore

@Suite("The invitation's calendar file (RFC 5545)")
struct InviteCalendarTests {
    func calendar(window: VisitWindow?, date: String = "2026-03-29", summary: String = "Besøk hos Kari Nordmann, Oslo HQ") throws -> InviteCalendar {
        InviteCalendar(
            uid: "invite-7-1795000000@osl.vaktbok", sequence: 2, stamp: Date(timeIntervalSince1970: 1_795_000_000), date: try CalendarDate(date),
            window: window, timeZone: TimeZone(identifier: "Europe/Oslo")!, summary: summary, location: "Oslo HQ",
            description: "Du er ventet; vis koden, takk.\nLenke: https://vaktbok.example.no/invite.html#code=AAAA\\")
    }

    @Test("a window on the spring-forward day is written in UTC with the day's own offset; all day is DATE values")
    func times() throws {
        let timed = try calendar(window: try VisitWindow(from: "01:30", until: "03:30")).text
        #expect(timed.contains("DTSTART:20260329T003000Z\r\nDTEND:20260329T013000Z\r\n"))
        let allDay = try calendar(window: nil, date: "2026-12-31").text
        #expect(allDay.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"))
        #expect(allDay.contains("SEQUENCE:2\r\n") && allDay.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test("text values escape backslash, semicolon, comma and line breaks; lines fold at 75 octets without splitting a letter")
    func escapingAndFolding() throws {
        let long = String(repeating: "Åse Bjørnstad-Ødegård, ", count: 8)
        let text = try calendar(window: nil, summary: long).text
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:" + long.replacingOccurrences(of: ",", with: "\\,") + "\r\n"))
        #expect(unfolded.contains(#"DESCRIPTION:Du er ventet\; vis koden\, takk.\nLenke: https://vaktbok.example.no/invite.html#code=AAAA\\"#))
    }
}
