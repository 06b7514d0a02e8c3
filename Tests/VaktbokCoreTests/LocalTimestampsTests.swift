import Foundation
import Testing
import VaktbokCore

@Suite("Local timestamps written without a Foundation formatter")
struct LocalTimestampsTests {
    @Test(
        "every quarter-hour and odd second across a year reads as Foundation's ISO 8601 style does",
        arguments: ["Europe/Oslo", "UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "America/Santiago", "Australia/Lord_Howe"])
    func matchesFoundation(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let foundation = LocalDay(timeZone: timeZone)
        var fast = LocalTimestamps(timeZone: timeZone)
        let start = try Date("2026-01-01T00:00:00Z", strategy: .iso8601).timeIntervalSince1970
        for step in stride(from: 0.0, to: 366 * 86_400, by: 899.7) {
            let date = Date(timeIntervalSince1970: start + step)
            #expect(fast.string(for: date) == foundation.isoDateTime(of: date), "\(date)")
        }
    }

    @Test("before 1970, a leap day, a fraction of a second and the last second of a year")
    func edges() throws {
        let oslo = try #require(TimeZone(identifier: "Europe/Oslo"))
        var fast = LocalTimestamps(timeZone: oslo)
        let dates = try [
            Date(timeIntervalSince1970: -0.5), Date(timeIntervalSince1970: -86_400 * 365.25 * 30),
            Date("2028-02-29T12:00:00Z", strategy: .iso8601), Date("2026-12-31T22:59:59Z", strategy: .iso8601).addingTimeInterval(0.999),
            Date("2400-02-29T23:30:00Z", strategy: .iso8601),
        ]
        for date in dates {
            #expect(fast.string(for: date) == LocalDay(timeZone: oslo).isoDateTime(of: date), "\(date.timeIntervalSince1970)")
        }
    }
}
