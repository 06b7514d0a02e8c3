import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTooling

@testable import VaktbokStore

@Suite("Staff, sessions and sign-in throttling")
struct StaffStoreTests {
    @Test("sessions authenticate until they expire or are revoked; only the token's hash is stored")
    func sessions() async throws {
        let fixture = try await StoreFixture()
        let staff = try await fixture.database.addStaff(
            username: "kari", passwordHash: "$2b$04$x", role: .reception, siteCode: SiteCode("OSL"), now: Date()
        )
        let now = StoreFixture.utc("2026-11-22T08:00:00Z")
        _ = try await fixture.database.createSession(staffID: staff.rowID, token: "secret-token", now: now, lifetime: 3600)
        #expect(try await fixture.database.authenticate(token: "secret-token", now: now)?.1.username == "kari")
        #expect(try await fixture.database.authenticate(token: "secret-token", now: now.addingTimeInterval(3600)) == nil)
        #expect(try await fixture.database.authenticate(token: "other", now: now) == nil)
        let stored = try await fixture.database.pool.read { db in try String.fetchAll(db, sql: "SELECT token_hash FROM staff_session") }
        #expect(stored.count == 1 && stored[0] != "secret-token" && stored[0].count == 64)

        #expect(try await fixture.database.revokeSession(token: "secret-token", now: now))
        #expect(try await fixture.database.authenticate(token: "secret-token", now: now) == nil)
        #expect(try await !fixture.database.revokeSession(token: "secret-token", now: now))
    }

    @Test("usernames are unique regardless of case")
    func uniqueUsernames() async throws {
        let fixture = try await StoreFixture()
        _ = try await fixture.database.addStaff(username: "kari", passwordHash: "h", role: .admin, siteCode: nil, now: Date())
        await #expect(throws: StoreError.duplicate(field: "username")) {
            try await fixture.database.addStaff(username: "KARI", passwordHash: "h", role: .admin, siteCode: nil, now: Date())
        }
    }

    @Test("two admins of every site removing or demoting each other: the second change is refused, one admin stays")
    func lastAdminOfEverySiteStays() async throws {
        let database = try await StoreFixture().database
        let first = try await database.addStaff(username: "admin-a", passwordHash: "h", role: .admin, siteCode: nil, now: Date())
        let second = try await database.addStaff(username: "admin-b", passwordHash: "h", role: .admin, siteCode: nil, now: Date())
        let bound = try await database.addStaff(username: "admin-osl", passwordHash: "h", role: .admin, siteCode: SiteCode("OSL"), now: Date())
        try await database.removeStaff(id: first.rowID, actor: .staff(second.rowID, siteID: nil), now: Date())
        await #expect(throws: StoreError.conflict("the last admin of every site stays; add another admin first")) {
            try await database.removeStaff(id: second.rowID, actor: .staff(first.rowID, siteID: nil), now: Date())
        }
        await #expect(throws: StoreError.conflict("the last admin of every site stays; add another admin first")) {
            try await database.changeStaff(
                id: second.rowID, role: .admin, siteCode: SiteCode("OSL"), actor: .staff(first.rowID, siteID: nil), now: Date())
        }
        #expect(try await database.staff(username: "admin-b")?.siteId == nil, "the refused change was rolled back")
        try await database.removeStaff(id: bound.rowID, actor: .staff(second.rowID, siteID: nil), now: Date())
    }

    /// Fails one sign-in of `username` from `client` at `at`; the lock's end when it was refused instead.
    private func fail(_ database: AppDatabase, _ username: String, from client: String, at: Date, policy: LoginThrottlePolicy) async throws -> Date? {
        switch try await database.beginLogin(username: username, client: client, policy: policy, now: at) {
        case .success: nil
        case let .failure(lock): lock.until
        }
    }

    @Test("five failures of a username from one client lock that pair until the oldest ages out; other clients go on")
    func throttlePerUserAndClient() async throws {
        let fixture = try await StoreFixture()
        let start = StoreFixture.utc("2026-11-22T08:00:00Z"), policy = LoginThrottlePolicy()
        for minute in 0..<5 {
            #expect(
                try await fail(fixture.database, "kari", from: "10.0.0.1", at: start.addingTimeInterval(Double(minute) * 60), policy: policy) == nil)
        }
        let at = start.addingTimeInterval(300)
        #expect(try await fail(fixture.database, "KARI", from: "10.0.0.1", at: at, policy: policy) == start.addingTimeInterval(900))
        #expect(try await fail(fixture.database, "kari", from: "10.0.0.2", at: at, policy: policy) == nil)
        #expect(try await fail(fixture.database, "ola", from: "10.0.0.1", at: at, policy: policy) == nil)
        #expect(try await fail(fixture.database, "kari", from: "10.0.0.1", at: start.addingTimeInterval(901), policy: policy) == nil)
        let hashes = try await fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT username_hash || client_hash FROM login_failure")
        }
        #expect(!hashes.contains { $0.contains("kari") || $0.contains("10.0.0") })
    }

    @Test("one client spraying usernames is stopped at the per-client limit")
    func throttlePerClient() async throws {
        let fixture = try await StoreFixture()
        let start = StoreFixture.utc("2026-11-22T08:00:00Z"), policy = LoginThrottlePolicy()
        for number in 0..<policy.perClient {
            #expect(try await fail(fixture.database, "bruker\(number)", from: "10.0.0.9", at: start, policy: policy) == nil)
        }
        #expect(try await fail(fixture.database, "noen-ny", from: "10.0.0.9", at: start, policy: policy) == start.addingTimeInterval(policy.window))
        #expect(try await fail(fixture.database, "noen-ny", from: "10.0.0.8", at: start, policy: policy) == nil)
    }

    @Test("a username's ceiling over all clients holds, and a success forgets only its own client's failures")
    func throttleCeilingAndSuccess() async throws {
        let fixture = try await StoreFixture()
        var policy = LoginThrottlePolicy()
        policy.perUser = 6
        let start = StoreFixture.utc("2026-11-22T08:00:00Z")
        for client in 0..<3 {
            for _ in 0..<2 { #expect(try await fail(fixture.database, "kari", from: "10.1.0.\(client)", at: start, policy: policy) == nil) }
        }
        #expect(try await fail(fixture.database, "kari", from: "10.1.0.9", at: start, policy: policy) != nil)
        guard case let .success(attempt) = try await fixture.database.beginLogin(username: "ola", client: "10.1.0.0", policy: policy, now: start)
        else {
            Issue.record("ola was locked")
            return
        }
        try await fixture.database.loginSucceeded(attempt)
        let left = try await fixture.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM login_failure") }
        #expect(left == 6)
    }

    @Test("demo seeding is repeatable: one site, its hosts once, logins reset and signed out")
    func demo() async throws {
        let fixture = try await StoreFixture()
        let logins = [DemoLogin(username: "resepsjon", role: .reception, passwordHash: "first", boundToSite: true)]
        let names = try ["Kari Nordmann", "Ola Nordmann"].map { try PersonName($0) }
        try await fixture.database.seedDemo(
            site: SiteCode("DEMO"), name: "Demo", timeZone: TimeZoneName("Europe/Oslo"), hostNames: names, logins: logins, now: Date()
        )
        let staff = try #require(try await fixture.database.staff(username: "resepsjon"))
        _ = try await fixture.database.createSession(staffID: staff.rowID, token: "t", now: Date(), lifetime: 60)
        let again = [DemoLogin(username: "resepsjon", role: .reception, passwordHash: "second", boundToSite: true)]
        try await fixture.database.seedDemo(
            site: SiteCode("DEMO"), name: "Demo", timeZone: TimeZoneName("Europe/Oslo"), hostNames: names, logins: again, now: Date()
        )
        #expect(try await fixture.database.hosts(siteCode: SiteCode("DEMO")).count == 2)
        let reset = try #require(try await fixture.database.staff(username: "resepsjon"))
        #expect(reset.passwordHash == "second" && reset.siteId != nil)
        #expect(try await fixture.database.authenticate(token: "t", now: Date()) == nil)
    }
}
