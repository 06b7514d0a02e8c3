import ArgumentParser
import Foundation

/// `vaktbok bench idle`: the resident memory of `serve` started anew several times, as it starts listening and once
/// its start-up work has settled; medians and ranges, so that one noisy start is not the figure.
struct BenchIdle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "idle", abstract: "Resident memory of serve just started, over several starts.")
    @Option(help: "Starts of serve.") var runs = 9
    @Option(help: "Seconds of idling before the second sample.") var settle = 2

    func run() async throws {
        guard (1...50).contains(runs), (0...60).contains(settle) else { throw CLIError("need 1-50 runs and 0-60 seconds to settle") }
        var listening: [Double] = [], settled: [Double] = []
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for run in 1...runs {
            let server = try ServeProcess(database: folder.appendingPathComponent("idle-\(run).sqlite").path)
            defer { server.stop() }
            listening.append(server.residentMiB)
            try await Task.sleep(for: .seconds(settle))
            settled.append(server.residentMiB)
        }
        Output.line("serve resident memory over \(runs) starts (median, lowest-highest):")
        Output.line("  as it starts listening:  \(Self.summary(listening))")
        Output.line("  after \(settle) s idle:          \(Self.summary(settled))")
    }

    /// "median MiB (lowest-highest)".
    private static func summary(_ values: [Double]) -> String {
        String(format: "%.1f MiB (%.1f-%.1f)", Timing.median(of: values), values.min() ?? .nan, values.max() ?? .nan)
    }
}
