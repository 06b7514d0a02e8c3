import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("Staff logins from the admin console: added, given a role, a new password that signs them out, removed")
struct StaffAPITests {
    static let newPassword = "et helt nytt og langt passord"

    /// The id of the login `username` in the admin's list.
    static func id(of username: String, _ client: any TestClientProtocol, token: String) async throws -> Int64 {
        let list = try await client.send(.get, "/api/v1/staff", token: token).decoded(as: [StaffLoginResponse].self)
        return try #require(list.first { $0.username == username }).id
    }

    @Test("a login added, signed out by a password reset and a role change, and removed; each audited by id only")
    func lifecycle() async throws {
        try await APIFixture.test { fixture, client in
            let admin = try await client.login("admin")
            let list = try await client.send(.get, "/api/v1/staff", token: admin)
            #expect(list.status == .ok && list.text.contains("\"resepsjon\"") && !list.text.contains("$2") && !list.text.contains("passwordHash"))
            let added = try await client.send(
                .post, "/api/v1/staff", token: admin,
                body: ["username": "Oystein-Vakt", "password": APIFixture.password, "role": "reception", "site": "osl"])
            #expect(added.status == .created)
            let login = try added.decoded(as: StaffLoginResponse.self)
            #expect(login.username == "oystein-vakt" && login.role == .reception && login.site == "OSL")
            let desk = try await client.login("oystein-vakt")
            #expect(try await client.send(.get, "/api/v1/hosts?q=kar", token: desk).status == .ok)

            let reset = try await client.send(.post, "/api/v1/staff/\(login.id)/password", token: admin, body: ["password": Self.newPassword])
            #expect(reset.status == .noContent)
            #expect(try await client.send(.get, "/api/v1/hosts?q=kar", token: desk).status == .unauthorized, "signed out everywhere")
            #expect(
                try await client.send(.post, "/api/v1/session", body: ["username": "oystein-vakt", "password": APIFixture.password]).status
                    == .unauthorized)
            let again = try await client.login("oystein-vakt", password: Self.newPassword)

            let changed = try await client.send(
                .put, "/api/v1/staff/\(login.id)", token: admin, body: ["role": "privacy", "site": NSNull()] as [String: Any])
            #expect(changed.status == .ok)
            #expect(try changed.decoded(as: StaffLoginResponse.self).site == nil)
            #expect(try await client.send(.get, "/api/v1/hosts?q=kar", token: again).status == .unauthorized, "a new role signs out")
            let officer = try await client.login("oystein-vakt", password: Self.newPassword)
            #expect(try await client.send(.get, "/api/v1/holds", token: officer).status == .ok)

            #expect(try await client.send(.delete, "/api/v1/staff/\(login.id)", token: admin).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/holds", token: officer).status == .unauthorized)
            #expect(try await client.send(.delete, "/api/v1/staff/\(login.id)", token: admin).status == .notFound)

            let audit = try await client.send(.get, "/api/v1/audit?limit=500", token: admin).decoded(as: [AuditEntryResponse].self)
            let staffEntries = audit.filter { $0.action.hasPrefix("staff-") && $0.details["staff"] == .number(Int(login.id)) }.map(\.action)
            #expect(staffEntries == ["staff-remove", "staff-change", "staff-password-reset", "staff-add"])
            let logged = fixture.logs.text + (try await client.send(.get, "/api/v1/audit?limit=500", token: admin).text)
            #expect(!logged.contains("oystein") && !logged.contains(Self.newPassword) && !logged.contains(APIFixture.password))
        }
    }

    @Test("bad input is 400 at its field, a taken name 409 in any case, one's own login 409, an unknown one 404")
    func refusals() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, admin in
            let base: [String: Any] = ["username": "ny-vakt", "password": APIFixture.password, "role": "reception", "site": "OSL"]
            for (change, field) in [
                (["password": "kort"], "password"), (["role": "superuser"], "role"), (["username": ""], "username"),
                (["username": "øystein"], "username"),
                (["site": "Ø"], "site"), (["role": "integration", "site": NSNull()], "site"),
                (["password": String(repeating: "å", count: 40)], "password"),
            ] as [([String: Any], String)] {
                let refused = try await client.send(.post, "/api/v1/staff", token: admin, body: base.merging(change) { $1 })
                #expect(refused.status == .badRequest && refused.error.field == field, "\(change)")
            }
            #expect(try await client.send(.post, "/api/v1/staff", token: admin, body: base.merging(["site": "TRD"]) { $1 }).status == .notFound)
            #expect(
                try await client.send(.post, "/api/v1/staff", token: admin, body: base.merging(["username": "RESEPSJON"]) { $1 }).status == .conflict)
            let own = try await Self.id(of: "admin", client, token: admin)
            for (method, path, body) in [
                (HTTPRequest.Method.delete, "/api/v1/staff/\(own)", nil), (.put, "/api/v1/staff/\(own)", ["role": "reception", "site": "OSL"]),
                (.post, "/api/v1/staff/\(own)/password", ["password": Self.newPassword]),
            ] as [(HTTPRequest.Method, String, [String: Any]?)] {
                #expect(try await client.send(method, path, token: admin, body: body).status == .conflict, "\(method) \(path)")
            }
            #expect(
                try await client.send(.post, "/api/v1/staff/999999/password", token: admin, body: ["password": Self.newPassword]).status == .notFound)
            #expect(
                try await client.send(.post, "/api/v1/staff/x/password", token: admin, body: ["password": Self.newPassword]).status == .badRequest)
            let staffCount = try await fixture.database.staffList().count
            #expect(staffCount == 10, "nothing was added or lost")
        }
    }

    @Test("an admin bound to Bergen sees and changes Bergen's logins only, and adds logins at Bergen only")
    func siteBoundAdmin() async throws {
        try await APIFixture.test { fixture, client in
            let bergenAdmin = try await client.login("admin-bgo")
            let admin = try await client.login("admin")
            let list = try await client.send(.get, "/api/v1/staff", token: bergenAdmin).decoded(as: [StaffLoginResponse].self)
            #expect(Set(list.map(\.username)) == ["bergen", "vern-bgo", "admin-bgo", "kalender-bgo"])
            let oslo = try await Self.id(of: "resepsjon", client, token: admin)
            let everySite = try await Self.id(of: "personvern", client, token: admin)
            for id in [oslo, everySite] {
                #expect(
                    try await client.send(.post, "/api/v1/staff/\(id)/password", token: bergenAdmin, body: ["password": Self.newPassword]).status
                        == .notFound)
                #expect(
                    try await client.send(.put, "/api/v1/staff/\(id)", token: bergenAdmin, body: ["role": "reception", "site": "BGO"]).status
                        == .notFound)
                #expect(try await client.send(.delete, "/api/v1/staff/\(id)", token: bergenAdmin).status == .notFound)
            }
            let body: [String: Any] = ["username": "ny-bgo", "password": APIFixture.password, "role": "reception"]
            #expect(
                try await client.send(.post, "/api/v1/staff", token: bergenAdmin, body: body.merging(["site": "OSL"]) { $1 }).status == .forbidden)
            #expect(try await client.send(.post, "/api/v1/staff", token: bergenAdmin, body: body).error.field == "site")
            #expect(try await client.send(.post, "/api/v1/staff", token: bergenAdmin, body: body.merging(["site": "BGO"]) { $1 }).status == .created)
            let bergen = try await Self.id(of: "bergen", client, token: bergenAdmin)
            #expect(
                try await client.send(
                    .put, "/api/v1/staff/\(bergen)", token: bergenAdmin, body: ["role": "admin", "site": NSNull()] as [String: Any]
                ).error.field == "site")
        }
    }
}
