/// The local time of day a site closes, `HH:MM`: visits still open then are checked out automatically.
public struct ClosingTime: Sendable, Equatable {
    /// Minutes after local midnight, 1 to 1,439.
    public let minutes: Int

    /// Reads `HH:MM` (24-hour clock, 00:01 to 23:59).
    public init(_ text: String, field: String = "closing time") throws(ValidationError) {
        let time = try? TimeOfDay(text, field: field)
        guard let time, time.minutes > 0 else { throw ValidationError(field: field, reason: "must be a time of day HH:MM from 00:01 to 23:59") }
        minutes = time.minutes
    }

    /// The stored minutes after midnight, if in range.
    public init?(minutes: Int?) {
        guard let minutes, (1..<1_440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// The closing time as a clock time.
    public var time: TimeOfDay { TimeOfDay(validMinutes: minutes) }

    /// `HH:MM`.
    public var text: String { time.text }
}
