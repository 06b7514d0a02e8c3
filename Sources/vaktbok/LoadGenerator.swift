import AsyncHTTPClient
import Foundation
import NIOCore

/// Closed-loop HTTP load on loopback: `clients` concurrent connections, each sending its next request as soon
/// as the last one is answered, for `duration`; latencies of every answer are kept.
struct LoadGenerator {
    /// What one run measured.
    struct Result {
        let requests: Int
        let failures: Int
        let seconds: Double
        /// Sorted latencies in seconds.
        let latencies: [Double]

        var perSecond: Double { Double(requests) / seconds }
        /// The latency below which the fraction `p` of answers fall.
        func percentile(_ p: Double) -> Double { latencies.isEmpty ? .nan : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        /// "N/s, p50 X ms, p99 Y ms".
        var summary: String {
            String(
                format: "%.0f/s, p50 %.2f ms, p99 %.2f ms%@", perSecond, percentile(0.5) * 1_000, percentile(0.99) * 1_000,
                failures > 0 ? " (\(failures) failed)" : "")
        }
    }

    let clients: Int
    let duration: Duration

    /// Runs the load; `makeRequest(client, sequence)` builds each request, `expected` is the success status.
    func run(expected: UInt, _ makeRequest: @escaping @Sendable (Int, Int) -> HTTPClientRequest) async -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + duration
        let perClient = await withTaskGroup(of: ([Double], Int).self) { group in
            for client in 0..<clients {
                group.addTask {
                    var latencies: [Double] = [], failures = 0, sequence = 0
                    while clock.now < deadline {
                        sequence += 1
                        let sent = clock.now
                        let status = try? await HTTPClient.shared.execute(makeRequest(client, sequence), timeout: .seconds(30)).status.code
                        if status == expected { latencies.append((clock.now - sent) / .seconds(1)) } else { failures += 1 }
                    }
                    return (latencies, failures)
                }
            }
            return await group.reduce(into: [([Double], Int)]()) { $0.append($1) }
        }
        let latencies = perClient.flatMap(\.0).sorted()
        return Result(
            requests: latencies.count, failures: perClient.map(\.1).reduce(0, +), seconds: (clock.now - start) / .seconds(1), latencies: latencies)
    }
}
