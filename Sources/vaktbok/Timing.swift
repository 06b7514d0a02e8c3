import Foundation

/// Median wall-clock seconds of repeated runs, after one warm-up run; and a scratch folder for benchmark databases.
enum Timing {
    /// A new empty folder under the temporary directory; the caller removes it.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vaktbok-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The median of `runs` timed runs of `body`.
    static func median(_ runs: Int, _ body: () async throws -> Void) async throws -> Double {
        let clock = ContinuousClock()
        try await body()
        var samples: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = clock.now
            try await body()
            samples.append((clock.now - start) / .seconds(1))
        }
        return median(of: samples)
    }

    /// The middle of `values` once sorted (the upper middle of an even count); `values` must not be empty.
    static func median(of values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}
