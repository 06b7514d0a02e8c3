import Foundation

/// Overlap arithmetic for contact tracing: who was on site at the same time, and for how long.
public enum ContactTracing {
    /// A stay on site; an open one lasts until `now`.
    public struct Stay: Sendable, Equatable {
        public let id: Int64
        public let start: Date
        public let end: Date?

        /// A stay from `start` to `end` (nil while still on site).
        public init(id: Int64, start: Date, end: Date?) {
            self.id = id
            self.start = start
            self.end = end
        }
    }

    /// Whole minutes (rounded down, at least 1 when they overlapped at all) each of `others` spent on site
    /// together with any of `index`, for those that overlapped; the index stays themselves are left out.
    public static func overlapMinutes(index: [Stay], others: [Stay], now: Date) -> [Int64: Int] {
        let indexIDs = Set(index.map(\.id))
        var result: [Int64: Int] = [:]
        for other in others where !indexIDs.contains(other.id) {
            let seconds = index.reduce(0.0) { total, stay in
                let start = max(stay.start, other.start)
                let end = min(stay.end ?? now, other.end ?? now)
                return total + max(0, end.timeIntervalSince(start))
            }
            if seconds > 0 { result[other.id] = max(1, Int(seconds / 60)) }
        }
        return result
    }
}
