import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VaktbokCore
import VaktbokStore
import VaktbokTestSupport

@testable import VaktbokAPI

@Suite("POST /api/v1/groups: importing a school's name list")
struct GroupImportAPITests {
    static let csv: HTTPFields = [.contentType: "text/csv"]

    func importURI(_ fixture: APIFixture, school: String = "Hartvig Nissen vgs", date: String = "2026-12-03", extra: String = "") -> String {
        let encoded = school.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? school
        return "/api/v1/groups?site=OSL&date=\(date)&school=\(encoded)&hostId=\(fixture.kari.rowID)&contactPhone=%2B4741234567\(extra)"
    }

    @Test("a Windows-1252 Excel list imports; re-importing it changes nothing; the day's list shows the members")
    func importAndReimport() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let bytes = try Fixtures.listBytes("excel-semicolon-cp1252.csv")
            let first = try await client.execute(
                uri: importURI(fixture), method: .post, headers: Self.csv.bearer(token), body: ByteBuffer(bytes: bytes))
            #expect(first.status == .created)
            let firstImport = try first.decoded(as: GroupImportResponse.self)
            #expect(firstImport.counts == ["imported": 5, "updated": 0, "unchanged": 0, "rejected": 0] && firstImport.created)
            #expect(first.headers[.cacheControl] == "no-store")
            let again = try await client.execute(
                uri: importURI(fixture), method: .post, headers: Self.csv.bearer(token), body: ByteBuffer(bytes: bytes))
            #expect(again.status == .ok)
            let secondImport = try again.decoded(as: GroupImportResponse.self)
            #expect(secondImport.counts == ["imported": 0, "updated": 0, "unchanged": 5, "rejected": 0] && !secondImport.created)
            #expect(secondImport.group.id == firstImport.group.id)

            let day = try await client.send(.get, "/api/v1/groups?site=OSL&date=2026-12-03", token: token).decoded(as: GroupListResponse.self)
            let group = try #require(day.groups.first)
            #expect(day.groups.count == 1 && group.memberCount == 5 && group.arrivedCount == 0)
            #expect(
                group.members.map(\.name) == [
                    "Åsmund Ødegård", "Kari Sæther", "Bjørn-Åge Øvrebø", "Maria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer", "Mari Grønli",
                ])
            #expect(group.contactPhone == "+4741234567" && group.host.id == fixture.kari.rowID)
        }
    }

    @Test("a JSON body carries the list; rejected rows come back with line and reason; a changed role is an update")
    func jsonWithRejections() async throws {
        try await APIFixture.test(signedInAs: "admin") { fixture, client, token in
            let list = String(decoding: try Fixtures.listBytes("duplicates-and-invalid.csv"), as: UTF8.self)
            var body: [String: Any] = ["site": "OSL", "date": "2026-12-03", "school": "Elvebakken vgs", "hostId": fixture.kari.rowID, "list": list]
            let response = try await client.send(.post, "/api/v1/groups", token: token, body: body)
            #expect(response.status == .created)
            let rows = try response.decoded(as: GroupImportResponse.self).rows
            #expect(
                rows.map { "\($0.line) \($0.status.rawValue)" } == [
                    "1 imported", "2 rejected", "3 rejected", "5 rejected", "6 rejected", "7 rejected", "8 rejected", "9 imported",
                ])
            #expect(rows[2].reason == "duplicate of line 1")

            body["list"] = "Ola Nordmann;lærer\nTor Bråten;elev\n"
            let changed = try await client.send(.post, "/api/v1/groups", token: token, body: body)
            #expect(try changed.decoded(as: GroupImportResponse.self).rows.map(\.status) == [.updated, .unchanged])
        }
    }

    @Test("--dry-run answers with every row's result and stores nothing")
    func dryRun() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let bytes = try Fixtures.listBytes("plain-list.txt")
            let dry = try await client.execute(
                uri: importURI(fixture, extra: "&dryRun=true"), method: .post, headers: Self.csv.bearer(token), body: ByteBuffer(bytes: bytes))
            let result = try dry.decoded(as: GroupImportResponse.self)
            #expect(dry.status == .ok && result.dryRun && result.created)
            #expect(result.group.id == nil && result.group.school == "Hartvig Nissen vgs")
            #expect(result.counts == ["imported": 3, "updated": 0, "unchanged": 0, "rejected": 0])
            let day = try await client.send(.get, "/api/v1/groups?site=OSL&date=2026-12-03", token: token)
            #expect(try day.decoded(as: GroupListResponse.self).groups.isEmpty)
            let audit = try await client.send(.get, "/api/v1/audit", token: try await client.login("admin"))
            #expect(!audit.text.contains("group-import"))
        }
    }

    @Test(
        "bad imports are refused with a clear 4xx and store nothing",
        arguments: [
            ("?site=OSL&date=2026-12-03&school=Skole", "Ola Nordmann", 400, "hostId is required"),
            ("?site=OSL&date=2026-12-03&school=Skole&hostId=abc", "Ola Nordmann", 400, "hostId must be a host number"),
            (
                "?site=OSL&date=2026-11-21&school=Skole&hostId=@kari", "Ola Nordmann", 400,
                "date is in the past; import lists for visits today or later"
            ),
            ("?site=OSL&date=2026-02-30&school=Skole&hostId=@kari", "Ola Nordmann", 400, "date must be a date written yyyy-MM-dd, e.g. 2026-12-03"),
            ("?site=OSL&date=2026-12-03&school=S&hostId=@kari", "Ola Nordmann", 400, "school must be 2 to 120 characters with letters"),
            ("?site=OSL&date=2026-12-03&school=Skole&hostId=999", "Ola Nordmann", 404, "no such host"),
            ("?site=BGO&date=2026-12-03&school=Skole&hostId=@kari", "Ola Nordmann", 403, "you may only work with your own site"),
            ("?site=OSL&date=2026-12-03&school=Skole&hostId=@kari&dryRun=maybe", "Ola Nordmann", 400, "dryRun must be true or false"),
            ("?site=OSL&date=2026-12-03&school=Skole&hostId=@kari", "\n \n", 400, "list has no names"),
        ])
    func refused(query: String, list: String, status: Int, message: String) async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let response = try await client.execute(
                uri: "/api/v1/groups" + query.replacingOccurrences(of: "@kari", with: "\(fixture.kari.rowID)"), method: .post,
                headers: Self.csv.bearer(token), body: ByteBuffer(string: list))
            #expect(response.status.code == status)
            #expect(response.error.message == message)
            let day = try await client.send(.get, "/api/v1/groups?site=OSL&date=2026-12-03", token: token)
            #expect(try day.decoded(as: GroupListResponse.self).groups.isEmpty)
        }
    }

    @Test("limits: 2,000 rows of 200 KiB import; 2,001 rows → 400; more than 1 MiB → 413")
    func oversized() async throws {
        try await APIFixture.test(signedInAs: "resepsjon") { fixture, client, token in
            let rows = try await client.execute(
                uri: importURI(fixture), method: .post, headers: Self.csv.bearer(token),
                body: ByteBuffer(bytes: try Fixtures.listBytes("oversized-2001-rows.txt"))
            )
            #expect(rows.status == .badRequest && rows.error.message == "list has 2001 rows; at most 2000 are allowed")
            let long = (0..<2_000).map {
                "Elev Nummer-\(String(repeating: "æøå", count: 20)) \(String(UnicodeScalar(UInt8(65 + $0 % 26))))\(String(UnicodeScalar(UInt8(97 + $0 / 26 % 26))))\(String(UnicodeScalar(UInt8(97 + $0 / 676))));elev;"
            }
            let big = ByteBuffer(string: long.joined(separator: "\n"))
            #expect(big.readableBytes > 200_000, "well above the 64 KiB JSON limit")
            let accepted = try await client.execute(uri: importURI(fixture), method: .post, headers: Self.csv.bearer(token), body: big)
            #expect(try accepted.status == .created && (accepted.decoded(as: GroupImportResponse.self)).counts["imported"] == 2_000)
            let huge = ByteBuffer(repeating: UInt8(ascii: "a"), count: 1_048_577)
            let tooBig = try await client.execute(
                uri: importURI(fixture, school: "Annen skole"), method: .post, headers: Self.csv.bearer(token), body: huge)
            #expect(tooBig.status == .contentTooLarge && tooBig.error.message == "the list is larger than 1 MiB; split it into several lists")
        }
    }
}

extension HTTPFields {
    /// These fields plus `Authorization: Bearer token`.
    func bearer(_ token: String) -> HTTPFields {
        var fields = self
        fields[.authorization] = "Bearer \(token)"
        return fields
    }
}
