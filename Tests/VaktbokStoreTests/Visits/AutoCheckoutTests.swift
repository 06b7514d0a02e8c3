import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("Automatic check-out at the end of the local day")
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
}
