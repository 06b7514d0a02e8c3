import Foundation
import Testing
import VaktbokCore

@testable import VaktbokStore

@Suite("The request register in the store: site scope and release by verified identifier")
struct SubjectRequestStoreTests {
    let now = StoreFixture.utc("2026-11-22T09:00:00Z")

    /// OSL (the fixture's site) and BGO, each with a visit by the same phone; a consent at OSL.
    func seeded() async throws -> (StoreFixture, bergen: Int64) {
        let fixture = try await StoreFixture()
        let bergen = try await fixture.database.addSite(code: SiteCode("BGO"), name: "Bergen", timeZone: TimeZoneName("Europe/Oslo"), now: now)
        let host = try await fixture.database.addHost(siteCode: SiteCode("BGO"), name: PersonName("Per Ærø"), phone: nil, email: nil, now: now)
        _ = try await fixture.checkIn(at: now, name: "Siv Åkerø", phone: "91234567")
        _ = try await fixture.database.checkIn(
            siteID: bergen.rowID, hostID: host.rowID, name: PersonName("Siv Åkerø"), phone: PhoneNumber("91234567"), badgeCode: .random(),
            staffID: nil, now: now
        )
        let consent = NewConsent(
            name: try PersonName("Siv Åkerø"), email: try EmailAddress("siv@example.no"), school: try SchoolName("Ås skole"), giver: .pupil)
        _ = try await fixture.database.addConsent(consent, siteID: fixture.site.rowID, actor: "test", now: now)
        return (fixture, bergen.rowID)
    }

    @Test("a request of one site finds that site's records only, and other sites' actors cannot see it")
    func siteScope() async throws {
        let (fixture, bergen) = try await seeded()
        let osloOfficer = AuditActor.staff(1, siteID: fixture.site.rowID), bergenOfficer = AuditActor.staff(2, siteID: bergen)
        let subject = try SubjectIdentifiers(phone: "91234567", email: nil, name: nil)
        let request = try await fixture.database.registerRequest(
            type: .access, subject: subject, siteID: fixture.site.rowID, receivedAt: now, actor: osloOfficer, now: now
        )
        let found = try await fixture.database.findSubject(requestID: request.rowID, actor: osloOfficer, now: now)
        #expect(found.visits.map(\.site) == ["OSL"])
        await #expect(throws: StoreError.notFound(entity: "request", field: "id")) {
            try await fixture.database.findSubject(requestID: request.rowID, actor: bergenOfficer, now: now)
        }
        #expect(try await fixture.database.requests(.all, actor: bergenOfficer, now: now).isEmpty)
        #expect(try await fixture.database.requests(.all, actor: "test", now: now).count == 1)
        await #expect(throws: StoreError.notFound(entity: "site", field: "site")) {
            try await fixture.database.registerRequest(
                type: .access, subject: subject, siteID: fixture.site.rowID, receivedAt: now, actor: bergenOfficer, now: now)
        }
    }

    @Test("a phone verification releases what matched by phone; a name on the request releases nothing until proven")
    func releaseByVerifiedIdentifier() async throws {
        let (fixture, _) = try await seeded()
        let subject = try SubjectIdentifiers(phone: "91234567", email: nil, name: "Siv Åkerø")
        let request = try await fixture.database.registerRequest(
            type: .erase, subject: subject, siteID: nil, receivedAt: now, actor: "test", now: now)
        _ = try await fixture.database.verifyManually(requestID: request.rowID, method: "called back", covers: [.phone], actor: "test", now: now)
        let export = try await fixture.database.exportSubject(requestID: request.rowID, actor: "test", now: now)
        #expect(export.records.visits.count == 2 && export.records.visits.allSatisfy { $0.matchedBy == [.name, .phone] })
        #expect(export.records.consents.isEmpty, "the consent matched by name only")
        let erased = try await fixture.database.eraseSubject(requestID: request.rowID, actor: "test", now: now)
        #expect(erased.visits == 2 && erased.consents == 0)
        #expect(
            try await fixture.database.subjectRecords(SubjectIdentifiers(phone: nil, email: "siv@example.no", name: nil), now: now).consents.count
                == 1)
    }

    @Test("a manual check must cover identifiers the request gives, and adds to earlier ones")
    func manualCovers() async throws {
        let (fixture, _) = try await seeded()
        let request = try await fixture.database.registerRequest(
            type: .access, subject: SubjectIdentifiers(phone: "91234567", email: "siv@example.no", name: nil), siteID: nil, receivedAt: now,
            actor: "test", now: now
        )
        await #expect(throws: ValidationError.self) {
            try await fixture.database.verifyManually(requestID: request.rowID, method: "ID card", covers: [.name], actor: "test", now: now)
        }
        _ = try await fixture.database.verifyManually(requestID: request.rowID, method: "ID card", covers: [.phone], actor: "test", now: now)
        let both = try await fixture.database.verifyManually(
            requestID: request.rowID, method: "reply by e-mail", covers: [.email], actor: "test", now: now)
        #expect(both.verified == [.phone, .email] && both.verificationMethod == "ID card; reply by e-mail")
        await #expect(throws: StoreError.conflict("these identifiers are verified already")) {
            try await fixture.database.verifyManually(requestID: request.rowID, method: "again", covers: [.email], actor: "test", now: now)
        }
    }

    @Test("a corrected phone is no longer verified: nobody proved the new number, so a second correction is refused")
    func rectifyDropsVerification() async throws {
        let (fixture, _) = try await seeded()
        let request = try await fixture.database.registerRequest(
            type: .rectify, subject: SubjectIdentifiers(phone: "91234567", email: nil, name: nil), siteID: nil, receivedAt: now, actor: "test",
            now: now)
        _ = try await fixture.database.verifyManually(requestID: request.rowID, method: "called back", covers: [.phone], actor: "test", now: now)
        let changed = try await fixture.database.rectifySubject(
            requestID: request.rowID, name: nil, phone: PhoneNumber("41234567"), actor: "test", now: now)
        #expect(changed == 2)
        #expect(try await fixture.database.request(id: request.rowID, actor: "test").verified.isEmpty)
        await #expect(throws: StoreError.self) {
            try await fixture.database.rectifySubject(requestID: request.rowID, name: nil, phone: PhoneNumber("98765432"), actor: "test", now: now)
        }
    }
}
