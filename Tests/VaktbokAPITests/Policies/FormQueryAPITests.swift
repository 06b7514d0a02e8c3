import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VaktbokAPI
@testable import VaktbokCore

@Suite("Query strings are read as browsers and forms encode them, everywhere")
struct FormQueryAPITests {
    /// The host names `/api/v1/hosts?q=…` answers with, `q` sent exactly as given.
    private func hosts(_ client: some TestClientProtocol, _ q: String, token: String) async throws -> [String] {
        try await client.send(.get, "/api/v1/hosts?q=\(q)", token: token).decoded(as: [HostSummary].self).map(\.name)
    }

    @Test("host search: + and %20 are both a space; every word starts a name part, in any order")
    func hostSearch() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            for q in ["Kari+N", "Kari%20N", "nordmann+kari", "KARI%20nordm", "Kari+Nordmann"] {
                #expect(try await hosts(client, q, token: token) == ["Kari Nordmann"], "\(q)")
            }
            for q in ["%C3%85se+%C3%98deg", "%C3%B8deg%C3%A5rd%20bj%C3%B8rn", "bj%C3%B8rnstad-%C3%B8d"] {
                #expect(try await hosts(client, q, token: token) == ["Åse Bjørnstad-Ødegård"], "\(q)")
            }
            #expect(try await hosts(client, "Kari+Ola", token: token).isEmpty)
            #expect(try await hosts(client, "%2B", token: token).isEmpty, "an encoded plus is a plus, not a space")
        }
    }

    @Test("school names, phones and dates: the two encodings of a space, and an encoded plus, reach the same record")
    func otherParameters() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { (fixture: APIFixture, client: any TestClientProtocol, token: String) async throws in
            let list = ByteBuffer(string: "Åsmund Ødegård\nKari Sæther\n")
            var headers: HTTPFields = [.contentType: "text/csv"]
            headers[.authorization] = "Bearer \(token)"
            let base = "/api/v1/groups?site=OSL&hostId=\(fixture.kari.rowID)"
            let plus = try await client.execute(
                uri: base + "&date=2026-12-03&school=Hartvig+Nissen+vgs&contactPhone=%2B47+412+34+567", method: .post, headers: headers, body: list)
            let first = try plus.decoded(as: GroupImportResponse.self)
            #expect(plus.status == .created && first.group.school == "Hartvig Nissen vgs" && first.group.contactPhone == "+4741234567")
            let percent = try await client.execute(
                uri: base + "&date=2026%2D12%2D03&school=Hartvig%20Nissen%20vgs&contactPhone=%2B4741234567", method: .post, headers: headers,
                body: list)
            let second = try percent.decoded(as: GroupImportResponse.self)
            #expect(percent.status == .ok && second.group.id == first.group.id && second.counts["unchanged"] == 2, "the same group")

            let officer = try await client.login("personvern")
            let visit = try await client.checkIn(token: token, phone: "412 34 567", hostId: fixture.kari.rowID)
            for visitor in ["%2B4741234567", "412+34+567", "412%2034%20567", "id%3A\(visit.id)"] {
                let report = try await client.send(.get, "/api/v1/sites/OSL/contact-report?visitor=\(visitor)", token: officer)
                #expect(try report.status == .ok && report.decoded(as: JSONReport.self).indexVisitIds == [visit.id], "\(visitor)")
            }
        }
    }

    @Test(
        "a parameter given twice, or with a broken escape, is a 400 naming it",
        arguments: [
            ("/api/v1/hosts?q=kar&q=ola", "q", "q is given more than once"),
            ("/api/v1/hosts?q=%E2%28%A1", "q", "q is not valid form encoding (percent escapes of UTF-8)"),
            ("/api/v1/hosts?q=%zz", "q", "q is not valid form encoding (percent escapes of UTF-8)"),
            ("/api/v1/sites/OSL/onsite?format=csv&format=json", "format", "format is given more than once"),
            ("/api/v1/groups?site=OSL&site=BGO", "site", "site is given more than once"),
        ])
    func refused(path: String, field: String, message: String) async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, token in
            let answer = try await client.send(.get, path, token: token)
            #expect(answer.status == .badRequest && answer.error.field == field && answer.error.message == message, "\(answer.text)")
        }
    }
}
