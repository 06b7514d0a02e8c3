import Foundation
import Testing
import VaktbokCore

@Suite("Local days in Europe/Oslo")
struct LocalDayTests {
    let oslo = LocalDay(timeZone: TimeZone(identifier: "Europe/Oslo")!)

    func utc(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    @Test("a winter day starts at 23:00 UTC the evening before")
    func winter() {
        #expect(oslo.start(of: utc("2026-11-22T10:00:00Z")) == utc("2026-11-21T23:00:00Z"))
        #expect(oslo.lastSecond(of: utc("2026-11-22T22:50:00Z")) == utc("2026-11-22T22:59:59Z"))
    }

    @Test("a summer day starts at 22:00 UTC the evening before")
    func summer() {
        #expect(oslo.start(of: utc("2026-07-01T00:30:00Z")) == utc("2026-06-30T22:00:00Z"))
    }

    @Test("the spring-forward day 2024-03-31 has 23 hours")
    func springForward() {
        let start = oslo.start(of: utc("2024-03-31T12:00:00Z"))
        #expect(start == utc("2024-03-30T23:00:00Z"))
        #expect(oslo.startOfNextDay(after: start) == utc("2024-03-31T22:00:00Z"))
        #expect(oslo.lastSecond(of: utc("2024-03-31T08:00:00Z")) == utc("2024-03-31T21:59:59Z"))
    }

    @Test("the fall-back day 2024-10-27 has 25 hours")
    func fallBack() {
        let start = oslo.start(of: utc("2024-10-27T12:00:00Z"))
        #expect(start == utc("2024-10-26T22:00:00Z"))
        #expect(oslo.startOfNextDay(after: start) == utc("2024-10-27T23:00:00Z"))
    }

    @Test("dates are counted per local day, in any order, across the 25-hour fall-back day")
    func countPerDate() {
        let dates = [
            "2024-10-27T22:59:59Z", "2024-10-26T22:00:00Z", "2024-10-27T23:00:00Z", "2024-10-26T21:59:59Z", "2024-10-27T12:00:00Z",
            "2024-10-26T22:30:00Z",
        ].map(utc)
        #expect(oslo.countPerDate(dates) == ["2024-10-26": 1, "2024-10-27": 4, "2024-10-28": 1])
        #expect(oslo.countPerDate([]).isEmpty)
    }

    @Test("counting days back crosses a DST change to the local midnight")
    func daysBack() {
        #expect(oslo.start(daysBefore: 10, utc("2024-04-05T10:00:00Z")) == utc("2024-03-25T23:00:00Z"))
    }

    @Test("local date and time carry the offset")
    func formatting() {
        #expect(oslo.isoDate(of: utc("2026-11-22T23:30:00Z")) == "2026-11-23")
        #expect(oslo.isoDateTime(of: utc("2026-07-01T08:15:00Z")) == "2026-07-01T10:15:00+02:00")
        #expect(oslo.readableDateTime(of: utc("2026-07-01T08:15:00Z")) == "01.07.2026 10:15")
        #expect(oslo.readableDateTime(of: utc("2026-11-30T23:05:00Z")) == "01.12.2026 00:05", "the local day, not UTC's")
    }
}
