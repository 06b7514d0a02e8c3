import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Automatic check-out at the site's closing time or the end of the local day")
struct AutoCheckoutTests {
    let utc = StoreFixture.utc

    @Test("a visit open at 23:50 Oslo time is closed at 23:59:59 once the local day has ended")
    func acrossMidnight() async throws {
        let fixture = try await StoreFixture()
        let visit = try await fixture.checkIn(at: utc("2026-11-22T22:50:00Z"))
        #expect(try await fixture.database.checkOutStaleVisits(now: utc("2026-11-22T22:59:30Z")) == 0)
        #expect(try await fixture.database.checkOutStaleVisits(now: utc("2026-11-22T23:00:30Z")) == 1)
        let closed = try await fixture.database.visit(id: visit.visit.rowID).visit
        #expect(closed.checkoutKind == .automatic)
        #expect(closed.checkedOutAt == utc("2026-11-22T22:59:59Z"))
        #expect(try await fixture.database.checkOutStaleVisits(now: utc("2026-11-23T23:00:30Z")) == 0)
    }

    @Test("only visits that can be due are read: today's from closing time on, all of today's at its last second")
    func dueBound() throws {
        let day = LocalDay(timeZone: TimeZone(identifier: "Europe/Oslo")!)
        let closing = try ClosingTime("18:00")
        let bound = { (now: String, closing: ClosingTime?) in AppDatabase.latestDueCheckIn(now: utc(now), closing: closing, day: day) }
        #expect(bound("2026-11-22T14:00:00Z", nil) == utc("2026-11-21T23:00:00Z"))
        #expect(bound("2026-11-22T14:00:00Z", closing) == utc("2026-11-21T23:00:00Z"))
        #expect(bound("2026-11-22T17:00:00Z", closing) == utc("2026-11-22T17:00:00Z"))
        #expect(bound("2026-11-22T20:00:00Z", closing) == utc("2026-11-22T17:00:00Z"))
        #expect(bound("2026-11-22T22:59:59Z", closing) == utc("2026-11-22T22:59:59Z"))
        #expect(bound("2026-06-22T21:59:59Z", nil) == utc("2026-06-22T21:59:59Z"))
    }

    @Test("each visit closes at the end of its own local day, across the spring DST change")
    func acrossDST() async throws {
        let fixture = try await StoreFixture()
        let before = try await fixture.checkIn(at: utc("2024-03-30T21:00:00Z"))
        let onChangeDay = try await fixture.checkIn(at: utc("2024-03-31T08:00:00Z"))
        let today = try await fixture.checkIn(at: utc("2024-04-01T06:00:00Z"))
        #expect(try await fixture.database.checkOutStaleVisits(now: utc("2024-04-01T10:00:00Z")) == 2)
        #expect(try await fixture.database.visit(id: before.visit.rowID).visit.checkedOutAt == utc("2024-03-30T22:59:59Z"))
        #expect(try await fixture.database.visit(id: onChangeDay.visit.rowID).visit.checkedOutAt == utc("2024-03-31T21:59:59Z"))
        #expect(try await fixture.database.visit(id: today.visit.rowID).visit.checkedOutAt == nil)
    }

    /// A check-in, the site's closing time, and when and how the visit should end by itself (UTC).
    struct ClosingCase: Sendable, CustomTestStringConvertible {
        let checkIn: String, closing: String, end: String, kind: CheckoutKind, why: String
        var testDescription: String { why }
    }

    @Test(
        "open visits close at the closing time of their own day, across the DST changes of 2024",
        arguments: [
            ClosingCase(checkIn: "2024-03-30T08:00:00Z", closing: "18:00", end: "2024-03-30T17:00:00Z", kind: .closing, why: "winter time"),
            ClosingCase(checkIn: "2024-03-31T08:00:00Z", closing: "18:00", end: "2024-03-31T16:00:00Z", kind: .closing, why: "spring-forward day"),
            ClosingCase(checkIn: "2024-10-26T08:00:00Z", closing: "18:00", end: "2024-10-26T16:00:00Z", kind: .closing, why: "summer time"),
            ClosingCase(checkIn: "2024-10-27T08:00:00Z", closing: "18:00", end: "2024-10-27T17:00:00Z", kind: .closing, why: "fall-back day"),
            ClosingCase(checkIn: "2024-03-30T23:30:00Z", closing: "02:30", end: "2024-03-31T01:00:00Z", kind: .closing, why: "02:30 skipped: 03:00"),
            ClosingCase(checkIn: "2024-10-26T22:30:00Z", closing: "02:30", end: "2024-10-27T00:30:00Z", kind: .closing, why: "02:30 twice: first"),
            ClosingCase(checkIn: "2024-10-27T18:00:00Z", closing: "18:00", end: "2024-10-27T22:59:59Z", kind: .automatic, why: "came after closing"),
        ])
    func closingTime(_ example: ClosingCase) async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.database.setClosingTime(
            siteCode: SiteCode("OSL"), closing: ClosingTime(example.closing), now: utc("2024-01-01T00:00:00Z"))
        let visit = try await fixture.checkIn(at: utc(example.checkIn))
        let end = utc(example.end)
        #expect(try await fixture.database.checkOutStaleVisits(now: end.addingTimeInterval(-1)) == 0)
        #expect(try await fixture.database.checkOutStaleVisits(now: end) == 1)
        let closed = try await fixture.database.visit(id: visit.visit.rowID).visit
        #expect(closed.checkedOutAt == end && closed.checkoutKind == example.kind)
        let audit = try await fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT details FROM audit_log WHERE action = 'automatic-checkout'")
        }
        #expect(audit == [example.kind == .closing ? #"{"closingTime":1,"endOfDay":0}"# : #"{"closingTime":0,"endOfDay":1}"#])
    }

    @Test("a closing time set after today's has passed applies from tomorrow: nobody is checked out after the fact")
    func closingSetLate() async throws {
        let fixture = try await StoreFixture()
        let today = try await fixture.checkIn(at: utc("2026-11-23T09:00:00Z"))
        _ = try await fixture.database.setClosingTime(siteCode: SiteCode("OSL"), closing: ClosingTime("15:00"), now: utc("2026-11-23T15:00:00Z"))
        #expect(try await fixture.database.checkOutStaleVisits(now: utc("2026-11-23T15:01:00Z")) == 0)
        let tomorrow = try await fixture.checkIn(at: utc("2026-11-24T09:00:00Z"))
        #expect(try await fixture.database.checkOutStaleVisits(now: utc("2026-11-24T14:00:00Z")) == 2)
        #expect(try await fixture.database.visit(id: today.visit.rowID).visit.checkoutKind == .automatic)
        let closed = try await fixture.database.visit(id: tomorrow.visit.rowID).visit
        #expect(closed.checkoutKind == .closing && closed.checkedOutAt == utc("2026-11-24T14:00:00Z"))
    }

    @Test("closing times are HH:MM from 00:01 to 23:59", arguments: ["", "18", "18:0", "24:00", "00:00", "18:60", "+1:00", "１８:００", "18:00:00"])
    func badClosingTime(_ text: String) {
        #expect(throws: ValidationError.self) { try ClosingTime(text) }
    }
}
