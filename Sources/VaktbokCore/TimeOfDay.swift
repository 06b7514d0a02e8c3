/// A local clock time `HH:MM` on the 24-hour clock, e.g. the start of an invited visitor's time window.
public struct TimeOfDay: Sendable, Equatable, Comparable {
    /// Minutes after local midnight, 0 to 1,439.
    public let minutes: Int

    /// Reads `HH:MM` (00:00 to 23:59) for `field`.
    public init(_ text: String, field: String) throws(ValidationError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }), let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { throw ValidationError(field: field, reason: "must be a time of day HH:MM from 00:00 to 23:59") }
        minutes = hour * 60 + minute
    }

    /// The stored minutes after midnight, if in range.
    public init?(minutes: Int?) {
        guard let minutes, (0..<1_440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Minutes already known to be in range.
    init(validMinutes: Int) { minutes = validMinutes }

    /// `HH:MM`.
    public var text: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
