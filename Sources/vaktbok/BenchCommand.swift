import ArgumentParser
import Foundation
import VaktbokStore
import VaktbokTooling

/// `vaktbok bench`: make large databases and measure against a baseline run in the same process.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks (results belong in BENCHMARKS.md).",
        subcommands: [
            BenchSeed.self, BenchReport.self, BenchCheckIn.self, BenchPurge.self, BenchBadges.self, BenchImport.self, BenchParsers.self,
            BenchDirectory.self, BenchRequests.self, BenchSoak.self, BenchIdle.self,
        ]
    )
}
