import Foundation
import GRDB
import Testing
import VaktbokCore
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

    @Test("five failures within the window lock the username until the first one ages out")
    func throttle() async throws {
        let fixture = try await StoreFixture()
        let start = StoreFixture.utc("2026-11-22T08:00:00Z")
        for minute in 0..<5 {
            #expect(try await fixture.database.loginLockedUntil(username: "Kari", now: start, limit: 5, window: 900) == nil)
            try await fixture.database.recordLoginFailure(username: "kari", now: start.addingTimeInterval(Double(minute) * 60), window: 900)
        }
        let at = start.addingTimeInterval(300)
        #expect(try await fixture.database.loginLockedUntil(username: "KARI", now: at, limit: 5, window: 900) == start.addingTimeInterval(900))
        #expect(try await fixture.database.loginLockedUntil(username: "ola", now: at, limit: 5, window: 900) == nil)
        #expect(try await fixture.database.loginLockedUntil(username: "kari", now: start.addingTimeInterval(901), limit: 5, window: 900) == nil)
        let hashes = try await fixture.database.pool.read { db in try String.fetchAll(db, sql: "SELECT username_hash FROM login_failure") }
        #expect(!hashes.contains { $0.contains("kari") })
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
