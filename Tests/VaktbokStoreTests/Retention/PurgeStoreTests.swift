import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTooling

@testable import VaktbokStore

@Suite("Purge: retention rules, holds, counts and receipts")
struct PurgeStoreTests {
    let utc = StoreFixture.utc

    func options(_ now: String, dryRun: Bool = false) -> PurgeOptions {
        var options = PurgeOptions(now: utc(now))
        options.dryRun = dryRun
        options.pause = .zero
        return options
    }

    func visitCount(_ fixture: StoreFixture) async throws -> Int {
        try await fixture.database.pool.read { db in try VisitRecord.fetchCount(db) }
    }

    @Test(
        "a visit out on the 11th local day before the run goes; one out on the 10th stays",
        arguments: [
            ("2026-11-22T10:00:00Z", "2026-11-11T22:59:59Z", "2026-11-11T23:00:00Z"),
            ("2024-04-10T10:00:00Z", "2024-03-30T22:59:59Z", "2024-03-30T23:00:00Z"),
            ("2024-04-11T10:00:00Z", "2024-03-31T21:59:59Z", "2024-03-31T22:00:00Z"),
            ("2024-11-06T12:00:00Z", "2024-10-26T21:59:59Z", "2024-10-26T22:00:00Z"),
            ("2024-11-07T12:00:00Z", "2024-10-27T22:59:59Z", "2024-10-27T23:00:00Z"),
        ])
    func boundary(now: String, outside: String, inside: String) async throws {
        let fixture = try await StoreFixture()
        let gone = try await fixture.checkIn(at: utc(outside).addingTimeInterval(-600))
        let kept = try await fixture.checkIn(at: utc(inside).addingTimeInterval(-600))
        for (visit, out) in [(gone, outside), (kept, inside)] {
            _ = try await fixture.database.checkOut(badgeCode: BadgeCode(visit.visit.badgeCode), siteID: nil, now: utc(out))
        }
        let report = try await fixture.database.purge(options(now))
        #expect(report.deleted["visit"] == 1)
        await #expect(throws: StoreError.notFound(entity: "visit", field: "id")) { try await fixture.database.visit(id: gone.visit.rowID) }
        #expect(try await fixture.database.visit(id: kept.visit.rowID).visit.id == kept.visit.id)
    }

    @Test("a second run deletes nothing; a dry run first reports the same counts and changes nothing")
    func idempotentAndDry() async throws {
        let fixture = try await StoreFixture()
        for day in 1...5 { _ = try await fixture.checkIn(at: utc("2026-10-0\(day)T09:00:00Z")) }
        _ = try await fixture.checkIn(at: utc("2026-11-20T09:00:00Z"))
        let dry = try await fixture.database.purge(options("2026-11-22T10:00:00Z", dryRun: true))
        #expect(dry.deleted["visit"] == 5 && dry.autoCheckedOut == 6 && dry.checkpoint == .skipped)
        #expect(try await visitCount(fixture) == 6)
        #expect(try await fixture.database.onSite(siteID: fixture.site.rowID).count == 6)
        #expect(try await fixture.database.lastReceipt() == nil)

        let real = try await fixture.database.purge(options("2026-11-22T10:00:00Z"))
        #expect(real.deleted["visit"] == dry.deleted["visit"] && real.autoCheckedOut == dry.autoCheckedOut)
        #expect(real.checkpoint == .truncated)
        let again = try await fixture.database.purge(options("2026-11-22T10:05:00Z"))
        #expect(again.deleted["visit"] == 0 && again.autoCheckedOut == 0)
        #expect(try await visitCount(fixture) == 1)
    }

    @Test("held visits survive and are counted; they go once the hold ends or is released")
    func holds() async throws {
        let fixture = try await StoreFixture()
        let held = try await fixture.checkIn(at: utc("2026-10-01T09:00:00Z"))
        let released = try await fixture.checkIn(at: utc("2026-10-01T10:00:00Z"))
        _ = try await fixture.database.addHold(
            visitID: held.visit.rowID, reason: "sak 2026-114", endsAt: utc("2026-12-01T00:00:00Z"), now: utc("2026-10-02T00:00:00Z"))
        let second = try await fixture.database.addHold(
            visitID: released.visit.rowID, reason: "innsyn", endsAt: utc("2026-12-01T00:00:00Z"), now: utc("2026-10-02T00:00:00Z"))
        let first = try await fixture.database.purge(options("2026-11-22T10:00:00Z"))
        #expect(first.deleted["visit"] == 0 && first.heldBack["visit"] == 2)

        _ = try await fixture.database.releaseHold(id: second.rowID, actor: "system", now: utc("2026-11-23T00:00:00Z"))
        let afterRelease = try await fixture.database.purge(options("2026-11-23T10:00:00Z"))
        #expect(afterRelease.deleted["visit"] == 1 && afterRelease.heldBack["visit"] == 1)

        let afterEnd = try await fixture.database.purge(options("2026-12-01T10:00:00Z"))
        #expect(afterEnd.deleted["visit"] == 1 && afterEnd.heldBack["visit"] == 0)
        #expect(try await fixture.database.pool.read { db in try HoldRecord.fetchCount(db) } == 0)
    }

    @Test("deleted visits become anonymous counts per site and local day of check-in")
    func dailyCounts() async throws {
        let fixture = try await StoreFixture()
        for time in ["2026-11-05T08:00:00Z", "2026-11-05T12:00:00Z", "2026-11-05T23:30:00Z"] {
            _ = try await fixture.checkIn(at: utc(time))
        }
        _ = try await fixture.database.purge(options("2026-11-22T10:00:00Z"))
        let counts = try await fixture.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT day, visits FROM visit_daily_count ORDER BY day").map {
                "\($0["day"] as String)=\($0["visits"] as Int)"
            }
        }
        #expect(counts == ["2026-11-05=2", "2026-11-06=1"])
    }

    @Test("a purge in many small batches deletes every due visit once, counts each day right and leaves the writer in full sync")
    func smallBatches() async throws {
        let fixture = try await StoreFixture()
        for hour in 0..<60 { _ = try await fixture.checkIn(at: utc("2026-11-04T20:00:00Z").addingTimeInterval(Double(hour) * 1_800)) }
        var tight = options("2026-11-22T10:00:00Z")
        tight.batchSize = 7
        let report = try await fixture.database.purge(tight)
        #expect(report.deleted["visit"] == 60)
        #expect(try await visitCount(fixture) == 0)
        let (perDay, synchronous) = try await fixture.database.pool.writeWithoutTransaction { db in
            (
                try Row.fetchAll(db, sql: "SELECT day, visits FROM visit_daily_count ORDER BY day").map {
                    "\($0["day"] as String)=\($0["visits"] as Int)"
                },
                try Int.fetchOne(db, sql: "PRAGMA synchronous")
            )
        }
        #expect(perDay == ["2026-11-04=6", "2026-11-05=48", "2026-11-06=6"])
        #expect(synchronous == 2)
    }

    @Test(
        "the batch size follows the time budget: it shrinks after a slow batch, grows at most twofold, stays within the minimum (16) and the maximum")
    func pacer() {
        var pacer = BatchPacer(budget: .milliseconds(2), maximum: 1_000)
        #expect(pacer.size == 16)
        pacer.record(rows: 16, took: .microseconds(100))
        #expect(pacer.size == 32)
        pacer.record(rows: 32, took: .milliseconds(4))
        #expect(pacer.size == 16)
        pacer.record(rows: 16, took: .microseconds(500))
        #expect(pacer.size == 32)
        pacer.record(rows: 32, took: .milliseconds(2))
        #expect(pacer.size == 32)
        pacer.record(rows: 32, took: .milliseconds(50))
        #expect(pacer.size == 16)
        for _ in 0..<20 { pacer.record(rows: pacer.size, took: .zero) }
        #expect(pacer.size == 1_000)
        var single = BatchPacer(budget: .milliseconds(2), maximum: 3)
        #expect(single.size == 3)
        single.record(rows: 0, took: .seconds(1))
        #expect(single.size == 3)
    }

    @Test("each site's own retention and time zone decide its cutoff")
    func perSite() async throws {
        let fixture = try await StoreFixture()
        let bergen = try await fixture.database.addSite(
            code: SiteCode("BGO"), name: "Bergen", timeZone: TimeZoneName("Europe/Oslo"), now: utc("2026-01-01T00:00:00Z"))
        _ = try await fixture.database.setRetention(siteCode: SiteCode("BGO"), policy: RetentionPolicy(visitDays: 3))
        let host = try await fixture.database.addHost(
            siteCode: SiteCode("BGO"), name: PersonName("Per Ærø"), phone: nil, email: nil, now: bergen.createdAt)
        try await fixture.database.insertSyntheticVisits(
            siteID: bergen.rowID, hostID: host.rowID, count: 1, from: utc("2026-11-16T09:00:00Z"), spacing: 0)
        try await fixture.database.insertSyntheticVisits(
            siteID: fixture.site.rowID, hostID: fixture.host.rowID, count: 1, from: utc("2026-11-16T09:00:00Z"), spacing: 0)
        let report = try await fixture.database.purge(options("2026-11-22T10:00:00Z"))
        #expect(report.deleted["visit"] == 1)
        #expect(report.cutoffs == ["OSL": utc("2026-11-11T23:00:00Z"), "BGO": utc("2026-11-18T23:00:00Z")])
    }

    @Test("a clock more than 5 minutes behind the newest stored time is refused; a check-in racing the start is not")
    func clockBehind() async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.checkIn(at: utc("2026-11-22T10:00:00Z"))
        await #expect(throws: StoreError.clockBehind(newest: utc("2026-11-22T10:00:00Z"))) {
            try await fixture.database.purge(options("2026-11-22T09:54:59Z"))
        }
        #expect(try await fixture.database.purge(options("2026-11-22T09:59:00Z")).deleted["visit"] == 0)
    }

    @Test("receipts chain: intact after runs, broken at the first edited receipt")
    func receipts() async throws {
        let fixture = try await StoreFixture()
        for day in 20...22 { _ = try await fixture.database.purge(options("2026-11-\(day)T03:00:00Z")) }
        #expect(try await fixture.database.verifyReceipts() == ReceiptCheck(intact: 3, firstBroken: nil))
        try await fixture.database.pool.write { db in
            try db.execute(sql: "UPDATE purge_receipt SET payload = replace(payload, '\"visit\":0', '\"visit\":7') WHERE id = 2")
        }
        #expect(try await fixture.database.verifyReceipts() == ReceiptCheck(intact: 1, firstBroken: 2))
    }

    @Test("audit entries are kept 365 days, then purged")
    func auditRetention() async throws {
        let fixture = try await StoreFixture()
        for at in ["2025-11-20T10:00:00Z", "2025-11-23T10:00:00Z"] {
            _ = try await fixture.database.contactReport(
                siteID: fixture.site.rowID, days: 1, visitor: nil, now: utc(at), actor: "cli:test", format: "csv")
        }
        let report = try await fixture.database.purge(options("2026-11-22T10:00:00Z"))
        #expect(report.deleted["audit_log"] == 1)
        #expect(try await fixture.database.auditEntries(AuditQuery(siteID: nil, limit: 10)).map(\.at) == [utc("2025-11-23T10:00:00Z")])
    }

    @Test("overdue visits are reported until a purge removes them")
    func overdue() async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.checkIn(at: utc("2026-11-01T09:00:00Z"))
        _ = try await fixture.checkIn(at: utc("2026-11-21T09:00:00Z"))
        #expect(try await fixture.database.overdueVisits(now: utc("2026-11-22T10:00:00Z")) == ["OSL": 1])
        _ = try await fixture.database.purge(options("2026-11-22T10:00:00Z"))
        #expect(try await fixture.database.overdueVisits(now: utc("2026-11-22T10:00:00Z")).isEmpty)
    }
}
