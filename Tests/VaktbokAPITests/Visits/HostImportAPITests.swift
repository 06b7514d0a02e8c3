import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("The host directory imported through the API")
struct HostImportAPITests {
    static let export =
        "Ansattnummer;Navn;Mobil;E-post;Avdeling\n1001;Kari Nordmann-Hølaas;912 34 567;kari.holaas@example.no;Salg\n1002;Per Ærø;12;per@example.no;IT\n"

    @Test("an admin imports the site's directory: a dry run stores nothing, the import finds the host at the kiosk, a repeat changes nothing")
    func importsAndRepeats() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let path = "/api/v1/hosts/import?site=OSL&deactivateMissing=true"
            let dry = try await client.send(.post, path + "&dryRun=true", token: admin, body: Self.export)
            #expect(dry.status == .ok)
            let dryResult = try dry.decoded(as: HostImportResponse.self)
            #expect(
                dryResult.dryRun && dryResult.counts["imported"] == 1 && dryResult.counts["rejected"] == 1 && dryResult.counts["deactivated"] == 2)
            #expect(dryResult.ignoredColumns == ["avdeling"])
            let desk = try await client.login("resepsjon")
            #expect(try await client.send(.get, "/api/v1/hosts?q=hølaas", token: desk).decoded(as: [HostSummary].self).isEmpty)

            let done = try await client.send(.post, path, token: admin, body: Self.export).decoded(as: HostImportResponse.self)
            #expect(done.rows.first { $0.line == 3 }?.reason?.hasPrefix("phone") == true)
            #expect(
                try await client.send(.get, "/api/v1/hosts?q=hølaas", token: desk).decoded(as: [HostSummary].self).map(\.name) == [
                    "Kari Nordmann-Hølaas"
                ])
            #expect(
                try await client.send(.get, "/api/v1/hosts?q=kari nordmann", token: desk).decoded(as: [HostSummary].self).count == 1,
                "the hosts the file left out left")
            let again = try await client.send(.post, path, token: admin, body: Self.export).decoded(as: HostImportResponse.self)
            #expect(again.counts["unchanged"] == 1 && again.counts["imported"] == 0 && again.counts["deactivated"] == 0)
        }
    }

    @Test("an Excel workbook as the body: the sheet chosen by ?sheet=; a sheet it lacks is a 400 naming sheet")
    func workbook() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let bytes = try Fixtures.listBytes("host-directory.xlsx")
            let upload = { (query: String) in
                try await client.execute(
                    uri: "/api/v1/hosts/import?site=OSL" + query, method: .post,
                    headers: [.authorization: "Bearer \(admin)", .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
                    body: ByteBuffer(bytes: bytes))
            }
            let left = try await upload("&sheet=sluttet")
            #expect(left.status == .ok)
            #expect(try left.decoded(as: HostImportResponse.self).rows.map(\.name) == ["Bård Ås"])
            let missing = try await upload("&sheet=Ark1")
            #expect(missing.status == .badRequest && String(buffer: missing.body).contains("\"field\":\"sheet\""))
            let whole = try await upload("").decoded(as: HostImportResponse.self)
            #expect(whole.counts["imported"] == 4 && whole.ignoredColumns == ["avdeling", "startdato"])
        }
    }

    @Test("bad input: a bad flag, an empty list, a list over 4 MiB; a site-bound admin imports only into its own site")
    func refused() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            #expect(
                try await client.send(.post, "/api/v1/hosts/import?site=OSL&dryRun=kanskje", token: admin, body: Self.export).status == .badRequest)
            #expect(try await client.send(.post, "/api/v1/hosts/import?site=OSL", token: admin, body: "Navn;E-post\n").status == .badRequest)
            let big = String(repeating: "Åse Bø;91234567;ase@example.no\n", count: 150_000)
            #expect(try await client.send(.post, "/api/v1/hosts/import?site=OSL", token: admin, body: big).status == .contentTooLarge)
            let bergen = try await client.login("admin-bgo")
            #expect(try await client.send(.post, "/api/v1/hosts/import?site=OSL", token: bergen, body: Self.export).status == .forbidden)
            let own = try await client.send(.post, "/api/v1/hosts/import", token: bergen, body: Self.export).decoded(as: HostImportResponse.self)
            #expect(own.site == "BGO")
        }
    }
}
