/// The local time of day a site closes, `HH:MM`: visits still open then are checked out automatically.
public struct ClosingTime: Sendable, Equatable {
    /// Minutes after local midnight, 1 to 1,439.
    public let minutes: Int

    /// Reads `HH:MM` (24-hour clock, 00:01 to 23:59).
    public init(_ text: String, field: String = "closing time") throws(ValidationError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }), let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute), hour + minute > 0
        else { throw ValidationError(field: field, reason: "must be a time of day HH:MM from 00:01 to 23:59") }
        minutes = hour * 60 + minute
    }

    /// The stored minutes after midnight, if in range.
    public init?(minutes: Int?) {
        guard let minutes, (1..<1_440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// `HH:MM`.
    public var text: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
}
