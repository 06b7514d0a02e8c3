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

    /// The window `from`–`until` if both are given, none if neither; one alone is an error naming the other.
    public static func optional(from: String?, until: String?) throws(ValidationError) -> VisitWindow? {
        switch (from, until) {
        case (nil, nil): return nil
        case let (from?, until?): return try VisitWindow(from: from, until: until)
        case (nil, _): throw ValidationError(field: "from", reason: "is required with until")
        case (_, nil): throw ValidationError(field: "until", reason: "is required with from")
        }
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
