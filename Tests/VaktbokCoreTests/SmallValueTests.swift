import Foundation
import Testing
import VaktbokCore

@Suite("Small validated values")
struct SmallValueTests {
    @Test("site codes are upper-cased; bad ones rejected")
    func siteCodes() throws {
        #expect(try SiteCode(" osl ").value == "OSL")
        #expect(try SiteCode("BGO-2").value == "BGO-2")
        for bad in ["", "O", "OSL HQ", "ØSL", String(repeating: "A", count: 17)] {
            #expect(throws: ValidationError.self) { try SiteCode(bad) }
        }
    }

    @Test("e-mail addresses keep the local part and lower-case the domain")
    func emails() throws {
        #expect(try EmailAddress("Kari.Nordmann@Example.NO").value == "Kari.Nordmann@example.no")
        for bad in ["", "kari", "kari@", "@example.no", "kari@example", "kari@@example.no", "kari nord@example.no"] {
            #expect(throws: ValidationError.self) { try EmailAddress(bad) }
        }
    }

    @Test("time zones must be IANA names")
    func timeZones() throws {
        #expect(try TimeZoneName("Europe/Oslo").timeZone.identifier == "Europe/Oslo")
        for bad in ["", "Oslo", "Europe/Atlantis", "CET+1"] {
            #expect(throws: ValidationError.self) { try TimeZoneName(bad) }
        }
    }

    @Test("usernames are lower-cased ASCII")
    func usernames() throws {
        #expect(try Username("Kari.N").value == "kari.n")
        for bad in ["", "k", "kari nordmann", "kåri", String(repeating: "a", count: 65)] {
            #expect(throws: ValidationError.self) { try Username(bad) }
        }
    }

    @Test("roles hold exactly their permissions")
    func roles() {
        #expect(Role.reception.permits(.frontDesk) && !Role.reception.permits(.privacyWork))
        #expect(Role.privacy.permits(.privacyWork) && !Role.privacy.permits(.frontDesk))
        #expect(Role.admin.permits(.frontDesk) && Role.admin.permits(.privacyWork))
    }
}
