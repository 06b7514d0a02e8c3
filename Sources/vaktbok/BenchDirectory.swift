import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VaktbokCore
import VaktbokSheets
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench directory`: a company's host directory of 5,000 people from an HR file (first import and the daily
/// repeat), against inserting the rows bare; and a full SCIM sync of as many users over HTTP (each user looked up by
/// `userName` and created, as Entra ID does), against the same number of trivial authenticated SCIM requests.
struct BenchDirectory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory", abstract: "Host directory: file import and SCIM sync of 5,000 people vs baselines.")
    @Option(help: "People in the directory.") var people = 5_000
    @Option(help: "Timed runs of the file import; medians are reported.") var runs = 5

    func run() async throws {
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await fileImport(folder)
        try await scimSync(folder)
    }

    /// The file import into a new site per run, the repeat of the same file, and bare inserts.
    private func fileImport(_ folder: URL) async throws {
        let db = try AppDatabase(path: folder.appendingPathComponent("directory.sqlite").path)
        let csv =
            "Ansattnummer;Navn;Mobil;E-post;Avdeling\r\n"
            + (0..<people).map { "E\($0);Ansatt Ødegård-Åsen \(Self.letters($0));\(Self.mobile($0));ansatt\($0)@firma.example;Salg" }
            .joined(separator: "\r\n")
        let bytes = Array(csv.data(using: .windowsCP1252) ?? Data(csv.utf8))
        var run = 0
        var siteID: Int64 = 0
        let bare = try await Timing.median(runs) {
            run += 1
            try await db.benchRawHosts(count: people, siteCode: SiteCode("R\(Self.letters(run).uppercased())"))
        }
        let first = try await Timing.median(runs) {
            run += 1
            let code = try SiteCode("F\(Self.letters(run).uppercased())")
            siteID = try await db.addSite(code: code, name: "Bench", timeZone: TimeZoneName("Europe/Oslo"), now: Date()).rowID
            let list = try HostList(table: try ListFile.table(bytes, sheet: nil, maxBytes: HostList.maxBytes))
            _ = try await db.importHosts(list, siteID: siteID, deactivateMissing: true, dryRun: false, actor: "bench", now: Date())
        }
        let repeated = try await Timing.median(runs) {
            let list = try HostList(table: try ListFile.table(bytes, sheet: nil, maxBytes: HostList.maxBytes))
            _ = try await db.importHosts(list, siteID: siteID, deactivateMissing: true, dryRun: false, actor: "bench", now: Date())
        }
        Output.line("host directory file of \(people) people (Windows-1252 ; CSV, \(bytes.count / 1_024) KiB), median of \(runs) runs:")
        Output.line(String(format: "  bare inserts, one transaction (baseline): %.1f ms", bare * 1_000))
        Output.line(String(format: "  first import (decode, parse, validate, match, insert, audit): %.1f ms (%.1fx)", first * 1_000, first / bare))
        Output.line(String(format: "  the same file again (all unchanged): %.1f ms (%.1fx)", repeated * 1_000, repeated / bare))
    }

    /// A full SCIM sync against `serve`: per user a filter query and a create, one after another.
    private func scimSync(_ folder: URL) async throws {
        let path = folder.appendingPathComponent("scim.sqlite").path
        let server = try ServeProcess(database: path)
        defer { server.stop() }
        let db = try AppDatabase(path: path)
        let token = try await db.issueProvisioningToken(siteID: try await db.site(code: SiteCode("OSL")).rowID, actor: "bench", now: Date())
        let send = { (method: HTTPMethod, path: String, body: String?, expected: UInt) in
            var request = HTTPClientRequest(url: server.url + "/scim/v2" + path)
            request.method = method
            request.headers.add(name: "Authorization", value: "Bearer \(token)")
            if let body {
                request.headers.add(name: "Content-Type", value: "application/scim+json")
                request.body = .bytes(ByteBuffer(string: body))
            }
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 1 << 20)
            guard response.status.code == expected else { throw CLIError("\(method) \(path) answered \(response.status.code)") }
        }
        let clock = ContinuousClock()
        let baselineStart = clock.now
        for _ in 0..<(2 * people) { try await send(.GET, "/ServiceProviderConfig", nil, 200) }
        let baseline = clock.now - baselineStart
        let syncStart = clock.now
        for index in 0..<people {
            let userName = "ansatt\(index)@firma.example"
            try await send(.GET, "/Users?filter=userName%20eq%20%22\(userName)%22", nil, 200)
            let body = """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"\(userName)","externalId":"\(UUID().uuidString)",\
                "name":{"givenName":"Ansatt","familyName":"Ødegård-Åsen \(Self.letters(index))"},"active":true,\
                "emails":[{"value":"\(userName)","type":"work","primary":true}],"phoneNumbers":[{"value":"\(Self.mobile(index))","type":"mobile"}]}
                """
            try await send(.POST, "/Users", body, 201)
        }
        let sync = clock.now - syncStart
        let seconds = { (duration: Duration) in Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
        Output.line("SCIM sync of \(people) users over HTTP, one request at a time (GET ?filter=userName eq, then POST /Users):")
        Output.line(String(format: "  %d trivial GET /ServiceProviderConfig (baseline): %.2f s", 2 * people, seconds(baseline)))
        Output.line(
            String(
                format: "  full sync: %.2f s, %.0f users/s (%.1fx the baseline)", seconds(sync), Double(people) / seconds(sync),
                seconds(sync) / seconds(baseline)))
    }

    /// `n` in letters (digits a–j), so that invented names hold no digits.
    private static func letters(_ n: Int) -> String { String(String(n).map { Character(UnicodeScalar(UInt8(97) + UInt8(String($0))!)) }) }

    /// An invented Norwegian mobile number for person `n`.
    private static func mobile(_ n: Int) -> String { String(format: "+479%07d", n) }
}
