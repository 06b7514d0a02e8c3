import ArgumentParser
import AsyncHTTPClient
import Foundation
import VaktbokCore
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench requests`: what a request costs before it does any work. Against one `serve` child, the same
/// closed-loop load asks for a static kiosk file (the baseline), `/healthz`, and signed-in reads: a site's name,
/// and the desk's host search finding one host.
struct BenchRequests: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "requests", abstract: "Signed-in one-row reads vs a static file.")
    @Option(help: "Concurrent HTTP clients.") var clients = 8
    @Option(help: "Seconds per measurement.") var seconds = 5
    @Option(help: "Repetitions; medians are reported.") var runs = 3
    @Option(help: "Hosts added to the demo site's directory first (the host search reads them all).") var hosts = 0

    func run() async throws {
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(database: folder.appendingPathComponent("serve.sqlite").path)
        defer { server.stop() }
        if hosts > 0 {
            let database = try AppDatabase(path: folder.appendingPathComponent("serve.sqlite").path)
            try await database.benchInsertHosts(count: hosts, siteID: try await database.site(code: SiteCode("OSL")).rowID)
        }
        let session = try await BenchSession(server: server)
        let load = LoadGenerator(clients: clients, duration: .seconds(seconds))
        let routes: [(label: String, path: String, signedIn: Bool)] = [
            ("static file GET /favicon.svg", "/favicon.svg", false), ("GET /healthz", "/healthz", false),
            ("signed in GET /api/v1/sites/OSL", "/api/v1/sites/OSL", true),
            ("signed in GET /api/v1/hosts?q=kar", "/api/v1/hosts?q=kar&site=OSL", true),
        ]
        var results = Array(repeating: [LoadGenerator.Result](), count: routes.count)
        for _ in 0..<runs {
            for (index, route) in routes.enumerated() {
                results[index].append(
                    await load.run(expected: 200) { _, _ in
                        var request = HTTPClientRequest(url: session.url + route.path)
                        if route.signedIn { request.headers.add(name: "Authorization", value: "Bearer \(session.token)") }
                        return request
                    })
            }
        }
        let medians = results.map { $0.sorted { $0.perSecond < $1.perSecond }[runs / 2] }
        Output.line("requests over HTTP, \(clients) clients, \(seconds) s x \(runs) runs, \(hosts) more hosts (medians, ratio to the static file):")
        for (route, result) in zip(routes, medians) {
            Output.line(
                "  \(route.label.padding(toLength: 38, withPad: " ", startingAt: 0)) \(result.summary) (\(String(format: "%.2f", result.perSecond / medians[0].perSecond))x)"
            )
        }
    }
}
