import Foundation
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokStore

/// A store under test, seen only through the feature contracts the API uses, with a site, a host and a staff member.
struct ContractStore {
    typealias Contracts = SessionStore & SiteStore & VisitStore & SubjectRequestStore & ReportStore & RollCallStore & Outbox
    let store: any Contracts
    let siteID: Int64
    let hostID: Int64
    let staffID: Int64

    /// The stores the contract runs against; a PostgreSQL store would add a case seeded the same way.
    enum Kind: String, CaseIterable, Sendable {
        case sqlite
    }

    /// A fresh store of `kind`, seeded through its own administration (the contract does not cover seeding).
    static func make(_ kind: Kind, now: Date) async throws -> ContractStore {
        switch kind {
        case .sqlite:
            let fixture = try await StoreFixture()
            let staff = try await fixture.database.addStaff(
                username: "resepsjon", passwordHash: "x", role: .reception, siteCode: SiteCode("OSL"), now: now)
            return ContractStore(store: fixture.database, siteID: fixture.site.rowID, hostID: fixture.host.rowID, staffID: staff.rowID)
        }
    }
}

@Suite("What every store must do, through the contracts the API depends on")
struct StoreContractTests {
    let now = StoreFixture.utc("2026-11-22T09:00:00Z")

    @Test(
        "a visit is checked in with its notifications, listed on site, checked out once, and then gone from the list",
        arguments: ContractStore.Kind.allCases)
    func visitLifecycle(kind: ContractStore.Kind) async throws {
        let subject = try await ContractStore.make(kind, now: now)
        let store = subject.store
        let code = BadgeCode.random()
        let visit = try await store.checkIn(
            NewVisit(
                siteID: subject.siteID, hostID: subject.hostID, name: PersonName("Åsa Ødegård-Lie"), phone: PhoneNumber("41234567"),
                badgeCode: code, staffID: subject.staffID, privacyNoticeVersion: "2026-11", allowDuplicate: false),
            now: now
        ).details
        #expect(visit.hostName == "Kari Nordmann" && visit.siteCode == "OSL" && visit.visit.privacyNoticeVersion == "2026-11")
        #expect(try await store.onSite(siteID: subject.siteID).map(\.visit.badgeCode) == [code.value])
        #expect(try await store.dueMessages(now: now, limit: 10).isEmpty == false, "the check-in queues its notifications")
        let out = try await store.checkOut(badgeCode: code, siteID: subject.siteID, now: now.addingTimeInterval(600))
        #expect(out.visit.checkedOutAt == now.addingTimeInterval(600) && out.visit.checkoutKind == .badge)
        await #expect(throws: StoreError.self) { try await store.checkOut(badgeCode: code, siteID: subject.siteID, now: now) }
        #expect(try await store.onSite(siteID: subject.siteID).isEmpty)
        #expect(try await store.oldestVisitCheckIns() == [subject.siteID: now])
    }

    @Test("a session authenticates its own token until it expires or is revoked, and no other token", arguments: ContractStore.Kind.allCases)
    func sessions(kind: ContractStore.Kind) async throws {
        let subject = try await ContractStore.make(kind, now: now)
        let store = subject.store
        _ = try await store.createSession(staffID: subject.staffID, token: "token-Å", now: now, lifetime: 3600, terminal: nil)
        #expect(try await store.authenticate(token: "token-Å", now: now.addingTimeInterval(3599))?.1.username == "resepsjon")
        #expect(try await store.authenticate(token: "token-Å", now: now.addingTimeInterval(3600)) == nil)
        #expect(try await store.authenticate(token: "token-B", now: now) == nil)
        #expect(try await store.revokeSession(token: "token-Å", now: now))
        #expect(try await store.authenticate(token: "token-Å", now: now) == nil)
    }

    @Test("an erasure removes the verified subject's visit and is audited without the subject's data", arguments: ContractStore.Kind.allCases)
    func erasure(kind: ContractStore.Kind) async throws {
        let subject = try await ContractStore.make(kind, now: now)
        let store = subject.store
        let visit = try await store.checkIn(
            NewVisit(
                siteID: subject.siteID, hostID: subject.hostID, name: PersonName("Kanari Zqxjwy"), phone: PhoneNumber("41999001"),
                badgeCode: .random(), staffID: nil),
            now: now
        ).details
        let officer = AuditActor("test")
        let request = try await store.registerRequest(
            type: .erase, subject: SubjectIdentifiers(phone: "+4741999001", email: nil, name: nil), siteID: nil, receivedAt: now, actor: officer,
            now: now)
        await #expect(throws: StoreError.self) { try await store.eraseSubject(requestID: request.rowID, actor: officer, now: now) }
        _ = try await store.verifyManually(requestID: request.rowID, method: "ID card checked", covers: [.phone], actor: officer, now: now)
        #expect(try await store.eraseSubject(requestID: request.rowID, actor: officer, now: now).visits == 1)
        await #expect(throws: StoreError.self) { try await store.visit(id: visit.visit.rowID) }
        let audit = try await store.auditEntries(AuditQuery(siteID: nil, limit: 10))
        #expect(audit.contains { $0.action == "subject-erase" } && !audit.map(\.details).joined().contains("41999001"))
    }

    @Test(
        "a repeated idempotency key answers with its visit; the key with other content, or the same person on site, is refused",
        arguments: ContractStore.Kind.allCases)
    func noDoubles(kind: ContractStore.Kind) async throws {
        let subject = try await ContractStore.make(kind, now: now)
        let store = subject.store
        func visit(_ name: String, key: String?, allowDuplicate: Bool = false, staff: Int64? = nil) throws -> NewVisit {
            NewVisit(
                siteID: subject.siteID, hostID: subject.hostID, name: try PersonName(name), phone: try PhoneNumber("41234567"),
                badgeCode: .random(), staffID: staff ?? subject.staffID, idempotencyKey: key, allowDuplicate: allowDuplicate)
        }
        async let first = store.checkIn(try visit("Åsa Ødegård-Lie", key: "skjema-1"), now: now)
        async let second = store.checkIn(try visit("Åsa Ødegård-Lie", key: "skjema-1"), now: now)
        let answers = try await [first, second]
        #expect(answers.map(\.details.visit.rowID).allSatisfy { $0 == answers[0].details.visit.rowID }, "racing twins make one visit")
        #expect(answers.filter(\.replayed).count == 1)
        #expect(try await store.onSite(siteID: subject.siteID).count == 1)
        await #expect(throws: StoreError.idempotencyKeyReused) { try await store.checkIn(try visit("Åsa Ødegård-Li", key: "skjema-1"), now: now) }
        let existing = answers[0].details.visit.rowID
        await #expect(throws: StoreError.duplicateVisit(existing: existing)) {
            try await store.checkIn(try visit("ÅSA ødegård-lie", key: "skjema-2"), now: now)
        }
        let confirmed = try await store.checkIn(try visit("Åsa Ødegård-Lie", key: "skjema-3", allowDuplicate: true), now: now)
        #expect(!confirmed.replayed && confirmed.details.visit.rowID != existing)
        #expect(try await store.onSite(siteID: subject.siteID).count == 2)
    }

    @Test(
        "a roll call snapshots who is on site, one open per site; marks are idempotent, undoable and set the full count; ended is final",
        arguments: ContractStore.Kind.allCases)
    func rollCall(kind: ContractStore.Kind) async throws {
        let subject = try await ContractStore.make(kind, now: now)
        let store = subject.store
        var visits: [Int64] = []
        for (name, phone) in [("Åsa Ødegård-Lie", "41234567"), ("Per Brænne", "41234568"), ("Gunnar Gått", "41234569")] {
            let new = NewVisit(
                siteID: subject.siteID, hostID: subject.hostID, name: try PersonName(name), phone: try PhoneNumber(phone), badgeCode: .random(),
                staffID: subject.staffID, privacyNoticeVersion: nil, allowDuplicate: false)
            visits.append(try await store.checkIn(new, now: now).details.visit.rowID)
        }
        _ = try await store.checkOut(visitID: visits[2], siteID: subject.siteID, now: now)
        let start = NewRollCall(
            siteID: subject.siteID, kind: .evacuation, assemblyPoint: try Label("Plenen"), notify: false, staffID: subject.staffID)
        let started = try await store.startRollCall(start, now: now)
        #expect(started.rollCall.total == 2 && Set(started.entries.map(\.visitId)) == Set(visits.prefix(2)) && started.missing == 2)
        await #expect(throws: StoreError.self) { try await store.startRollCall(start, now: now) }
        let id = started.rollCall.rowID
        let later = now.addingTimeInterval(90)
        _ = try await store.markRollCall(id: id, visitID: visits[0], accounted: true, siteID: subject.siteID, staffID: 7, markedAt: nil, now: now)
        let twice = try await store.markRollCall(
            id: id, visitID: visits[0], accounted: true, siteID: nil, staffID: 8, markedAt: nil, now: later)
        #expect(twice.missing == 1 && twice.entries.first { $0.visitId == visits[0] }?.accountedBy == 7, "the first mark stays")
        let full = try await store.markRollCall(
            id: id, visitID: visits[1], accounted: true, siteID: nil, staffID: 8, markedAt: now.addingTimeInterval(60), now: later)
        #expect(full.missing == 0 && full.rollCall.secondsToFullCount == 60, "a mark sent late keeps the time of the tap")
        let undone = try await store.markRollCall(
            id: id, visitID: visits[1], accounted: false, siteID: nil, staffID: 8, markedAt: nil, now: later)
        #expect(undone.missing == 1 && undone.rollCall.fullCountAt == nil)
        await #expect(throws: StoreError.self) {
            try await store.markRollCall(id: id, visitID: visits[2], accounted: true, siteID: nil, staffID: 8, markedAt: nil, now: later)
        }
        await #expect(throws: StoreError.self) { try await store.rollCall(id: id, siteID: subject.siteID + 1) }
        #expect(try await store.openRollCall(siteID: subject.siteID)?.rollCall.rowID == id)
        let clamped = try await store.markRollCall(
            id: id, visitID: visits[1], accounted: true, siteID: nil, staffID: 8, markedAt: now.addingTimeInterval(-3_600), now: later)
        #expect(clamped.entries.first { $0.visitId == visits[1] }?.accountedAt == now, "a time before the start is the start")
        _ = try await store.markRollCall(id: id, visitID: visits[1], accounted: false, siteID: nil, staffID: 8, markedAt: nil, now: later)
        let ended = try await store.endRollCall(id: id, siteID: subject.siteID, staffID: 8, now: later)
        #expect(ended.rollCall.endedAt == later && ended.missing == 1 && ended.rollCall.missingAtEnd == 1)
        await #expect(throws: StoreError.self) { try await store.endRollCall(id: id, siteID: nil, staffID: 8, now: later) }
        #expect(try await store.openRollCall(siteID: subject.siteID) == nil)
        #expect(try await store.drills(siteID: nil).isEmpty, "an evacuation is not a drill")
    }
}
