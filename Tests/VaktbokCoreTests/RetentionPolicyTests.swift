import Foundation
import Testing
import VaktbokCore

@Suite("Retention cutoffs in local days")
struct RetentionPolicyTests {
    let oslo = TimeZone(identifier: "Europe/Oslo")!

    func utc(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test(
        "the cutoff is the local midnight ten days before the run's day, across both 2024 DST changes",
        arguments: [
            ("2024-04-05T10:00:00Z", "2024-03-25T23:00:00Z"),
            ("2024-04-10T01:00:00Z", "2024-03-30T23:00:00Z"),
            ("2024-04-10T22:30:00Z", "2024-03-31T22:00:00Z"),
            ("2024-11-06T12:00:00Z", "2024-10-26T22:00:00Z"),
            ("2024-11-06T23:30:00Z", "2024-10-27T23:00:00Z"),
        ])
    func cutoffs(now: String, cutoff: String) throws {
        #expect(try RetentionPolicy().visitCutoff(now: utc(now), in: oslo) == utc(cutoff))
    }

    @Test("the overdue line is one local day before the cutoff")
    func overdue() throws {
        let policy = try RetentionPolicy(visitDays: 3)
        #expect(policy.visitOverdueLine(now: utc("2026-11-22T12:00:00Z"), in: oslo) == utc("2026-11-17T23:00:00Z"))
    }

    @Test("retention outside 1–365 days is refused", arguments: [0, -1, 366])
    func invalid(days: Int) {
        #expect(throws: ValidationError.self) { try RetentionPolicy(visitDays: days) }
    }
}
