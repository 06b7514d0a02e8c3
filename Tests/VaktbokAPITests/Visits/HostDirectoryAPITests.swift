import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("The host directory for the admin console: list, add, change, deactivate")
struct HostDirectoryAPITests {
    @Test("an admin adds a host the desk then finds, changes their details (audited by field names), and marks them as left")
    func lifecycle() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let desk = try await client.login("resepsjon")
            let body: [String: Any] = [
                "site": "OSL", "name": "Maria-Magdalena Østensjø-Åkerlund", "phone": "412 34 567", "email": "", "employeeNumber": "A-17",
            ]
            let added = try await client.send(.post, "/api/v1/hosts", token: admin, body: body)
            #expect(added.status == .created)
            let host = try added.decoded(as: DirectoryHostResponse.self)
            #expect(host.phone == "+4741234567" && host.email == nil && host.active && !host.provisioned)
            #expect(try await client.send(.get, "/api/v1/hosts?q=østensjø", token: desk).decoded(as: [HostSummary].self).map(\.id) == [host.id])

            let change: [String: Any] = [
                "site": "OSL", "name": "Maria-Magdalena Østensjø-Åkerlund", "email": "maria@firma.example", "employeeNumber": "A-17",
            ]
            let changed = try await client.send(.put, "/api/v1/hosts/\(host.id)", token: admin, body: change).decoded(as: DirectoryHostResponse.self)
            #expect(changed.phone == nil && changed.email == "maria@firma.example")
            let audit = try await fixture.database.pool.read { db in
                try String.fetchOne(db, sql: "SELECT details FROM audit_log WHERE action = 'host-change'")
            }
            #expect(audit?.contains("phone,email") == true && audit?.contains("maria") == false)

            let left = try await client.send(.post, "/api/v1/hosts/\(host.id)/deactivate?site=OSL", token: admin).decoded(
                as: DirectoryHostResponse.self)
            #expect(!left.active)
            #expect(try await client.send(.get, "/api/v1/hosts?q=østensjø", token: desk).decoded(as: [HostSummary].self).isEmpty)
            #expect(try await client.send(.post, "/api/v1/hosts/\(host.id)/deactivate?site=OSL", token: admin).status == .conflict)
            let directory = try await client.send(.get, "/api/v1/hosts/directory?site=OSL", token: admin).decoded(as: HostDirectoryResponse.self)
            let gone = try #require(directory.hosts.first { $0.id == host.id })
            #expect(directory.siteName == "Oslo HQ" && !gone.active && gone.email == nil && gone.phone == nil, "no contacts of one who left")
        }
    }

    @Test("bad details are a 400 naming the field and store nothing; a host the identity provider manages is changed there (409)")
    func refusals() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            for (body, field) in [
                (["site": "OSL", "name": "K"], "name"), (["site": "OSL", "name": "Kari Ny", "phone": "12"], "phone"),
                (["site": "OSL", "name": "Kari Ny", "email": "kari@"], "email"),
                (["site": "OSL", "name": "Kari Ny", "employeeNumber": String(repeating: "9", count: 101)], "employeeNumber"),
            ] {
                let answer = try await client.send(.post, "/api/v1/hosts", token: admin, body: body)
                #expect(answer.status == .badRequest && String(buffer: answer.body).contains("\"field\":\"\(field)\""), "\(body)")
            }
            let before = try await fixture.database.hostDirectory(siteID: fixture.kari.siteId).count
            #expect(before == 3)
            let user = ProvisionedUser(userName: try Label("siri@firma.example"), displayName: try Label("Siri Provisjonert"))
            let provisioned = try await fixture.database.provision(user, siteID: fixture.kari.siteId, now: fixture.clock.now)
            let edit = try await client.send(.put, "/api/v1/hosts/\(provisioned.hostID)", token: admin, body: ["site": "OSL", "name": "Siri Endret"])
            #expect(edit.status == .conflict && String(buffer: edit.body).contains("identity provider"))
            #expect(try await client.send(.post, "/api/v1/hosts/\(provisioned.hostID)/deactivate?site=OSL", token: admin).status == .conflict)
            let listed = try await client.send(.get, "/api/v1/hosts/directory?site=OSL", token: admin).decoded(as: HostDirectoryResponse.self)
            #expect(listed.hosts.first { $0.id == provisioned.hostID }?.provisioned == true)
        }
    }

    @Test("an employee number another active host of the site has is a 409, on adding and on changing; one who left frees it")
    func employeeNumbersStayUnique() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let first = try await client.send(.post, "/api/v1/hosts", token: admin, body: ["site": "OSL", "name": "Åse Bø", "employeeNumber": "E-9"])
            let firstID = try first.decoded(as: DirectoryHostResponse.self).id
            let twin = try await client.send(
                .post, "/api/v1/hosts", token: admin, body: ["site": "OSL", "name": "Øyvind Ås", "employeeNumber": "E-9"])
            #expect(twin.status == .conflict && twin.error.message?.contains("employee number") == true && !twin.text.contains("Åse"))
            let other = try await client.send(
                .post, "/api/v1/hosts", token: admin, body: ["site": "OSL", "name": "Øyvind Ås", "employeeNumber": "E-10"])
            let otherID = try other.decoded(as: DirectoryHostResponse.self).id
            let taking = ["site": "OSL", "name": "Øyvind Ås", "employeeNumber": "E-9"]
            #expect(try await client.send(.put, "/api/v1/hosts/\(otherID)", token: admin, body: taking).status == .conflict)
            let keeping = ["site": "OSL", "name": "Åse Bø-Ødegård", "employeeNumber": "E-9"]
            #expect(try await client.send(.put, "/api/v1/hosts/\(firstID)", token: admin, body: keeping).status == .ok, "their own number")
            #expect(try await client.send(.post, "/api/v1/hosts/\(firstID)/deactivate?site=OSL", token: admin).status == .ok)
            #expect(try await client.send(.put, "/api/v1/hosts/\(otherID)", token: admin, body: taking).status == .ok)
            let names = try await fixture.database.hostDirectory(siteID: fixture.kari.siteId).filter { $0.host.employeeNumber == "E-9" }.map(
                \.host.name)
            #expect(names.sorted() == ["Åse Bø-Ødegård", "Øyvind Ås"])
        }
    }

    @Test("GET /sites/{code}: any role that may work at the site gets its code, name and time zone; other sites 403, unknown 404")
    func siteInfo() async throws {
        try await APIFixture.test { fixture, client in
            for who in ["resepsjon", "personvern", "admin", "brannvakt", "kalender"] {
                let answer = try await client.send(.get, "/api/v1/sites/OSL", token: try await client.login(who))
                let site = try answer.decoded(as: SiteInfoResponse.self)
                #expect(site.code == "OSL" && site.name == "Oslo HQ" && site.timeZone == "Europe/Oslo", "\(who)")
            }
            let admin = try await client.login("admin")
            #expect(try await client.send(.get, "/api/v1/sites/ZZZ", token: admin).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/sites/o", token: admin).status == .badRequest)
            #expect(try await client.send(.get, "/api/v1/sites/OSL").status == .unauthorized)
        }
    }
}
