import ArgumentParser
import Foundation
import VaktbokCore
import VaktbokStore

/// `vaktbok rollcall drills [--site OSL]`: the time to full count of every ended drill, newest first.
struct RollCallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollcall", abstract: "Evacuation roll calls: figures of past drills.", subcommands: [Drills.self])

    /// `vaktbok rollcall drills`.
    struct Drills: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "List ended drills with anyone on site: site, start (UTC), people, time to full count.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this site's drills (code).") var site: String?

        func run(on store: AppDatabase) async throws {
            var siteID: Int64?
            if let site { siteID = try await store.site(code: SiteCode(site)).rowID }
            let drills = try await store.drills(siteID: siteID).filter { $0.total > 0 }
            for drill in drills {
                let site = try await store.site(id: drill.siteId)
                let figure = drill.secondsToFullCount.map { "all accounted for after \(Int($0.rounded())) s" } ?? "not everyone accounted for"
                Output.line("\(site.code)\t\(drill.startedAt.ISO8601Format())\t\(drill.total) people\t\(figure)")
            }
            if drills.isEmpty { Output.line("no ended drills") }
        }
    }
}
