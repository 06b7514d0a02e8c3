import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

@Suite("Invites in the store: gone when their day is over, found and erased by data-subject requests")
struct InviteStoreTests {
    let now = StoreFixture.utc("2026-11-22T09:00:00Z")

    /// An invite for `date` at the fixture's site, with an e-mail address.
    func invite(_ fixture: StoreFixture, date: String, name: String = "Øydis Fjærli-Åsen", phone: String = "41234567") async throws -> InviteDetails {
        let new = NewInvite(
            siteID: fixture.site.rowID, hostID: fixture.host.rowID, name: try PersonName(name), phone: try PhoneNumber(phone),
            email: try EmailAddress("oydis@example.no"), date: try CalendarDate(date), window: nil, staffID: nil)
        return try await fixture.database.createInvite(new, now: now).details
    }

    @Test("a no-show's invite is purged when its day is over (counted on the receipt), and its name is gone from the raw files")
    func noShowPurged() async throws {
        let fixture = try await StoreFixture()
        let canary = "Kanarifugl Ørnulf Vålerenga-Sæbø"
        let today = try await invite(fixture, date: "2026-11-22", name: canary)
        let used = try await invite(fixture, date: "2026-11-22", phone: "41234568")
        let visit = try await fixture.database.arriveInvite(id: used.invite.rowID, siteID: nil, staffID: nil, now: now).details
        let tomorrow = try await invite(fixture, date: "2026-11-23", phone: "41234569")

        let sameDay = try await fixture.database.purge(PurgeOptions(now: StoreFixture.utc("2026-11-22T22:59:00Z")))
        #expect(sameDay.deleted["invite"] == 0, "an invite lives to the end of its local day")
        let report = try await fixture.database.purge(PurgeOptions(now: StoreFixture.utc("2026-11-22T23:00:00Z")))
        #expect(report.deleted["invite"] == 2 && report.checkpoint == .truncated)
        await #expect(throws: StoreError.notFound(entity: "invite", field: "id")) {
            try await fixture.database.invite(id: today.invite.rowID, siteID: nil)
        }
        #expect(
            try await fixture.database.visit(id: visit.visit.rowID).visit.visitorName == "Øydis Fjærli-Åsen", "a used invite lives on as its visit")
        #expect(try await fixture.database.invite(id: tomorrow.invite.rowID, siteID: nil).invite.visitDate == "2026-11-23")
        #expect(try RawFiles.occurrences(of: canary, databasePath: fixture.database.path) == 0)
        #expect(try RawFiles.occurrences(of: "oydis@example.no", databasePath: fixture.database.path) > 0, "the canary search finds what is there")
    }

    @Test("a request finds invites by phone, exports them once verified, and erasure deletes them with their unsent messages")
    func subjectRequests() async throws {
        let fixture = try await StoreFixture()
        let invite = try await invite(fixture, date: "2026-11-25")
        _ = try await self.invite(fixture, date: "2026-11-25", name: "Annen Person", phone: "41234599")
        let subject = try SubjectIdentifiers(phone: "+4741234567", email: "OYDIS@example.no", name: nil)
        let request = try await fixture.database.registerRequest(
            type: .erase, subject: subject, siteID: nil, receivedAt: now, actor: "test", now: now)
        let found = try await fixture.database.findSubject(requestID: request.rowID, actor: "test", now: now)
        #expect(found.invites.map(\.id) == [invite.invite.rowID] && found.invites.first?.matchedBy == [.email, .phone])
        #expect(found.invites.first?.deletedFrom == "2026-11-26" && found.pendingMessages.count == 2)

        _ = try await fixture.database.verifyManually(requestID: request.rowID, method: "called back", covers: [.phone], actor: "test", now: now)
        let export = try await fixture.database.exportSubject(requestID: request.rowID, actor: "test", now: now)
        #expect(export.records.invites.first?.email == "oydis@example.no")
        #expect(export.html().contains("Invitasjoner · Invitations"))
        let erased = try await fixture.database.eraseSubject(requestID: request.rowID, actor: "test", now: now)
        #expect(erased.invites == 1 && erased.pendingMessages == 2)
        let left = try await fixture.database.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM invite") ?? -1, try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox_message") ?? -1)
        }
        #expect(left == (1, 2), "the other person's invite and messages stay")
    }

    @Test("an invited arrival takes the invitation's code as its badge; a scan of it soon after is no check-out")
    func scanDecides() async throws {
        let fixture = try await StoreFixture()
        let invite = try await invite(fixture, date: "2026-11-22")
        let code = try BadgeCode(invite.invite.badgeCode)
        guard case let .checkedIn(arrival) = try await fixture.database.scan(code: code, siteID: fixture.site.rowID, staffID: nil, now: now) else {
            Issue.record("the first scan checks in")
            return
        }
        #expect(arrival.details.visit.badgeCode == code.value && !arrival.replayed)
        let soon = try await fixture.database.scan(code: code, siteID: nil, staffID: nil, now: now.addingTimeInterval(ScanOutcome.repeatWindow - 1))
        #expect(soon == .alreadyIn(arrival.details))
        let later = try await fixture.database.scan(code: code, siteID: nil, staffID: nil, now: now.addingTimeInterval(ScanOutcome.repeatWindow))
        guard case let .checkedOut(visit) = later else {
            Issue.record("a later scan checks out")
            return
        }
        #expect(visit.visit.rowID == arrival.details.visit.rowID && visit.visit.checkoutKind == .badge)
        #expect(try await fixture.database.arriveInvite(id: invite.invite.rowID, siteID: nil, staffID: nil, now: now).replayed)
    }

    @Test("a cancelled invite leaves every list at once, stays findable while its cancellation is unsent, and is purged after")
    func cancelledUntilTold() async throws {
        let fixture = try await StoreFixture()
        let invite = try await invite(fixture, date: "2026-11-25")
        for message in try await fixture.database.dueMessages(now: now, limit: 10) {
            try await fixture.database.markSent(messageID: message.id, now: now)
        }
        try await fixture.database.cancelInvite(id: invite.invite.rowID, siteID: nil, actor: "test", now: now)
        #expect(try await fixture.database.invites(siteID: fixture.site.rowID, date: CalendarDate("2026-11-25")).isEmpty)
        await #expect(throws: StoreError.notFound(entity: "invitation", field: "code")) {
            try await fixture.database.invitation(code: BadgeCode(invite.invite.badgeCode), now: now)
        }
        let subject = try SubjectIdentifiers(phone: "41234567", email: nil, name: nil)
        let found = try await fixture.database.subjectRecords(subject, now: now)
        #expect(found.invites.first?.cancelled == true && found.pendingMessages.count == 2, "the cancellation SMS and e-mail wait")
        #expect(try await fixture.database.purge(PurgeOptions(now: now.addingTimeInterval(60))).deleted["invite"] == 0)
        for message in try await fixture.database.dueMessages(now: now, limit: 10) {
            try await fixture.database.markSent(messageID: message.id, now: now)
        }
        #expect(try await fixture.database.purge(PurgeOptions(now: now.addingTimeInterval(120))).deleted["invite"] == 1)
        #expect(try await fixture.database.subjectRecords(subject, now: now).count == 0)
    }
}
