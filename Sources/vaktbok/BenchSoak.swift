import ArgumentParser
import Foundation
import VaktbokTooling

/// `vaktbok bench soak --minutes 10`: `serve`'s resident memory idle, then sampled under steady check-in load, with
/// the slope of a least-squares line through the samples: flat means no leak.
struct BenchSoak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "soak", abstract: "Resident memory of serve over a long steady load.")
    @Option(help: "Minutes of load.") var minutes = 10
    @Option(help: "Concurrent check-in clients.") var clients = 4
    @Option(help: "Seconds between memory samples.") var every = 30

    func run() async throws {
        guard (1...240).contains(minutes), (1...64).contains(clients), (1...600).contains(every), every <= minutes * 60 else {
            throw CLIError("need 1-240 minutes, 1-64 clients, a sample every 1-600 s")
        }
        let folder = try Timing.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(database: folder.appendingPathComponent("soak.sqlite").path)
        defer { server.stop() }
        let session = try await BenchSession(server: server)
        Output.line(String(format: "serve idle: %.1f MiB", server.residentMiB))
        var samples: [(minute: Double, mib: Double)] = []
        var checkIns = 0
        let load = LoadGenerator(clients: clients, duration: .seconds(every))
        for segment in 1...(minutes * 60 / every) {
            let result = await load.run(expected: 201, session.checkIn)
            checkIns += result.requests
            samples.append((Double(segment * every) / 60, server.residentMiB))
            Output.line(String(format: "  %5.1f min: %.1f MiB, %@", samples.last!.minute, samples.last!.mib, result.summary))
        }
        let meanX = samples.map(\.minute).reduce(0, +) / Double(samples.count)
        let meanY = samples.map(\.mib).reduce(0, +) / Double(samples.count)
        let slope =
            samples.map { ($0.minute - meanX) * ($0.mib - meanY) }.reduce(0, +)
            / max(samples.map { ($0.minute - meanX) * ($0.minute - meanX) }.reduce(0, +), .leastNonzeroMagnitude)
        Output.line(
            String(
                format: "%d check-ins in %d min; resident memory first %.1f MiB, last %.1f MiB, highest %.1f MiB; slope %.3f MiB/min",
                checkIns, minutes, samples.first!.mib, samples.last!.mib, samples.map(\.mib).max()!, slope))
    }
}
