/// The part of the day an invited visitor is expected, e.g. 09:00–11:30 local time.
public struct VisitWindow: Sendable, Equatable {
    public let from: TimeOfDay
    public let until: TimeOfDay

    /// Reads `from` and `until` (`HH:MM`); `until` must come after `from`.
    public init(from: String, until: String) throws(ValidationError) {
        let start = try TimeOfDay(from, field: "from"), end = try TimeOfDay(until, field: "until")
        guard start < end else { throw ValidationError(field: "until", reason: "must be later than from") }
        self.from = start
        self.until = end
    }

    /// The stored minutes, if both are there and in order.
    public init?(fromMinutes: Int?, untilMinutes: Int?) {
        guard let start = TimeOfDay(minutes: fromMinutes), let end = TimeOfDay(minutes: untilMinutes), start < end else { return nil }
        from = start
        until = end
    }

    /// `09:00–11:30`.
    public var text: String { "\(from.text)–\(until.text)" }
}
