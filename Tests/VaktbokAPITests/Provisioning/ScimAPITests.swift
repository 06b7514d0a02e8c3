import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore

@testable import VaktbokAPI

@Suite("SCIM provisioning: the gate, hostile requests, listing, and hosts taken over rather than doubled")
struct ScimAPITests {
    static let userSchema = "urn:ietf:params:scim:schemas:core:2.0:User"

    /// (status, parsed JSON object) of one SCIM request bearing `token`; `raw` is sent as it is.
    private func scim(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, token: String, body: Any? = nil, raw: String? = nil
    ) async throws -> (HTTPResponse.Status, [String: Any]) {
        let bytes = try raw.map { Data($0.utf8) } ?? body.map { try JSONSerialization.data(withJSONObject: $0) }
        let response = try await client.execute(
            uri: "/scim/v2" + path, method: method,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/scim+json"], body: bytes.map { ByteBuffer(bytes: $0) })
        #expect(response.headers[.contentType]?.hasPrefix("application/scim+json") == true || response.status == .noContent)
        let object = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
        return (response.status, object)
    }

    private func token(_ fixture: APIFixture, site: String = "OSL") async throws -> String {
        try await fixture.database.issueProvisioningToken(
            siteID: try await fixture.database.site(code: SiteCode(site)).rowID, actor: "test", now: fixture.clock.now)
    }

    @Test("discovery: the two schemas, the User type; other methods 405, unknown paths 404, POST /.search 501, all as SCIM errors")
    func discovery() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await token(fixture)
            let (_, schemas) = try await scim(client, .get, "/Schemas", token: token)
            #expect((schemas["Resources"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["User", "EnterpriseUser"])
            #expect(try await scim(client, .get, "/ResourceTypes/user", token: token).1["endpoint"] as? String == "/Users")
            #expect(try await scim(client, .post, "/Schemas", token: token, body: [:]).0 == .methodNotAllowed)
            let (status, error) = try await scim(client, .get, "/Groups", token: token)
            #expect(status == .notFound && error["schemas"] as? [String] == ["urn:ietf:params:scim:api:messages:2.0:Error"])
            #expect(try await scim(client, .post, "/.search", token: token, body: [:]).0 == .notImplemented)
            #expect(try await scim(client, .get, "/Schemas/urn:nothing", token: token).0 == .notFound)
        }
    }

    @Test("hostile requests: an oversized body, not JSON, an array, 101 operations, an unreadable path, a filter it does not serve")
    func hostile() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await token(fixture)
            let big = ["schemas": [Self.userSchema], "userName": "kari@example.no", "displayName": String(repeating: "å", count: 40_000)]
            #expect(try await scim(client, .post, "/Users", token: token, body: big).0 == .contentTooLarge)
            #expect(try await scim(client, .post, "/Users", token: token, raw: "{\"userName\": ").1["scimType"] as? String == "invalidSyntax")
            #expect(try await scim(client, .post, "/Users", token: token, raw: "[1, 2]").0 == .badRequest)
            let (created, user) = try await scim(client, .post, "/Users", token: token, body: ["userName": "Siri.Bråthen@example.no"])
            #expect(created == .created && user["id"] != nil)
            let path = "/Users/\(user["id"] as? String ?? "")"
            let many = Array(repeating: ["op": "replace", "path": "displayName", "value": "Siri"], count: 101)
            #expect(try await scim(client, .patch, path, token: token, body: ["Operations": many]).1["scimType"] as? String == "tooMany")
            let badPath = ["Operations": [["op": "replace", "path": "emails[type eq]].value", "value": "x"]]]
            #expect(try await scim(client, .patch, path, token: token, body: badPath).1["scimType"] as? String == "invalidPath")
            #expect(try await scim(client, .patch, path, token: token, body: ["Operations": [["op": "move", "path": "active"]]]).0 == .badRequest)
            #expect(
                try await scim(client, .patch, path, token: token, body: ["Operations": [["op": "remove"]]]).1["scimType"] as? String == "noTarget")
            let (status, error) = try await scim(client, .get, "/Users?filter=displayName%20co%20%22Siri%22", token: token)
            #expect(status == .badRequest && error["scimType"] as? String == "invalidFilter")
            #expect(try await scim(client, .get, "/Users?count=many", token: token).0 == .badRequest)
            #expect(try await scim(client, .get, "/Users/12abc", token: token).0 == .notFound)
            let (_, stored) = try await scim(client, .get, path, token: token)
            #expect(stored["displayName"] == nil, "no refused change was stored")
        }
    }

    @Test("paging is 1-based and capped; a host the desk or a file added is taken over by e-mail or employee number, not doubled")
    func pagingAndTakeOver() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await token(fixture)
            for number in 1...3 {
                #expect(try await scim(client, .post, "/Users", token: token, body: ["userName": "bruker\(number)@example.no"]).0 == .created)
            }
            let (_, page) = try await scim(client, .get, "/Users?startIndex=2&count=1", token: token)
            #expect(page["totalResults"] as? Int == 3 && page["startIndex"] as? Int == 2)
            #expect((page["Resources"] as? [[String: Any]])?.map { $0["userName"] as? String } == ["bruker2@example.no"])
            let (_, capped) = try await scim(client, .get, "/Users?count=100000&startIndex=-4", token: token)
            #expect(capped["itemsPerPage"] as? Int == 3 && capped["startIndex"] as? Int == 1)

            let body: [String: Any] = [
                "userName": "kari.nordmann@firma.example", "name": ["givenName": "Kari", "familyName": "Nordmann"],
                "emails": [["value": "KARI@example.no", "type": "work"]], "phoneNumbers": [["value": "+4790000009", "type": "mobile"]],
            ]
            let (status, user) = try await scim(client, .post, "/Users", token: token, body: body)
            #expect(status == .created && user["id"] as? String == String(fixture.kari.rowID), "the desk's Kari, known by her e-mail")
            let hosts = try await fixture.database.hosts(siteCode: SiteCode("OSL"))
            #expect(hosts.filter { $0.name == "Kari Nordmann" }.count == 1)
            #expect(hosts.first { $0.id == fixture.kari.id }?.phone == "+4790000009")
            let (_, filtered) = try await scim(client, .get, "/Users?filter=USERNAME%20EQ%20%22Kari.Nordmann%40FIRMA.example%22", token: token)
            #expect(filtered["totalResults"] as? Int == 1)
        }
    }

    @Test("nothing a SCIM request carries reaches the log")
    func logs() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await token(fixture)
            let body: [String: Any] = [
                "userName": "per.aero@firma.example", "displayName": "Per Ærø-Lønnå", "phoneNumbers": [["value": "12", "type": "mobile"]],
            ]
            #expect(try await scim(client, .post, "/Users", token: token, body: body).0 == .badRequest)
            #expect(try await scim(client, .get, "/Users?filter=userName%20eq%20%22per.aero%40firma.example%22", token: token).0 == .ok)
            #expect(!fixture.logs.text.contains("per.aero") && !fixture.logs.text.contains("Ærø") && !fixture.logs.text.contains(token))
        }
    }

    @Test("a replace without a path replaces e-mails; wrong types are 400; user names differ by more than case in any script")
    func replaceTypesAndCase() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await token(fixture)
            let body: [String: Any] = ["userName": "Åse.Bø@firma.example", "emails": [["value": "ase@firma.example", "type": "work"]]]
            let (_, user) = try await scim(client, .post, "/Users", token: token, body: body)
            let path = "/Users/\(user["id"] as? String ?? "")"
            let replace = ["Operations": [["op": "replace", "value": ["emails": [["value": "ase.ny@firma.example", "type": "work"]]]]]]
            let (_, replaced) = try await scim(client, .patch, path, token: token, body: replace)
            #expect((replaced["emails"] as? [[String: Any]])?.compactMap { $0["value"] as? String } == ["ase.ny@firma.example"])
            for wrong: [String: Any] in [
                ["userName": true], ["userName": "x@firma.example", "emails": "x@firma.example"],
                ["userName": "x@firma.example", "name": "Åse Bø"],
                ["userName": "x@firma.example", "phoneNumbers": [["value": 41234567, "type": "mobile"]]],
            ] {
                #expect(try await scim(client, .post, "/Users", token: token, body: wrong).1["scimType"] as? String == "invalidValue", "\(wrong)")
            }
            let objectForList = ["Operations": [["op": "add", "path": "emails", "value": ["value": "a@firma.example"]]]]
            #expect(try await scim(client, .patch, path, token: token, body: objectForList).0 == .badRequest)
            #expect(try await scim(client, .patch, path, token: token, body: ["Operations": [1, "x"]]).0 == .badRequest)
            let (twin, error) = try await scim(client, .post, "/Users", token: token, body: ["userName": "ÅSE.BØ@FIRMA.EXAMPLE"])
            #expect(twin == .conflict && error["scimType"] as? String == "uniqueness")
            let decomposed = "a\u{30A}se.bø@firma.example".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            #expect(try await scim(client, .get, "/Users?filter=userName%20eq%20%22\(decomposed)%22", token: token).1["totalResults"] as? Int == 1)
            #expect(try await scim(client, .put, "/Users", token: token, body: [:]).0 == .methodNotAllowed)
            let lowerCase = try await client.execute(uri: "/scim/v2/Users", method: .get, headers: [.authorization: "bearer \(token)"], body: nil)
            #expect(lowerCase.status == .ok)
        }
    }

    @Test("two PATCHes at once each build on the other: neither change is lost")
    func concurrentPatches() async throws {
        try await APIFixture.test { fixture, client in
            let token = try await token(fixture)
            for round in 1...5 {
                let (_, user) = try await scim(client, .post, "/Users", token: token, body: ["userName": "samtidig\(round)@firma.example"])
                let path = "/Users/\(user["id"] as? String ?? "")"
                async let disable = scim(
                    client, .patch, path, token: token, body: ["Operations": [["op": "Replace", "path": "active", "value": "False"]]])
                async let rename = scim(
                    client, .patch, path, token: token, body: ["Operations": [["op": "replace", "path": "displayName", "value": "Siri Øvre"]]])
                _ = try await (disable, rename)
                let (_, stored) = try await scim(client, .get, path, token: token)
                #expect(stored["active"] as? Bool == false && stored["displayName"] as? String == "Siri Øvre", "round \(round)")
            }
        }
    }
}
