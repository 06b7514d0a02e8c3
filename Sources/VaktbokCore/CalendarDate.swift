import Foundation

/// A calendar date without a time, `yyyy-MM-dd`, e.g. the day a school group is expected.
public struct CalendarDate: Equatable, Comparable, Sendable, CustomStringConvertible {
    /// The date as `yyyy-MM-dd`.
    public let value: String

    /// Validates `raw` as an existing date in `field`.
    public init(_ raw: String, field: String = "date") throws(ValidationError) {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard raw.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (2000...2999).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day)
        else { throw ValidationError(field: field, reason: "must be a date written yyyy-MM-dd, e.g. 2026-12-03") }
        value = raw
    }

    /// The local date of `instant` in `timeZone`.
    public init(of instant: Date, in timeZone: TimeZone) {
        value = LocalDay(timeZone: timeZone).isoDate(of: instant)
    }

    /// The instant this date starts in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = value.split(separator: "-").compactMap { Int($0) }
        let noon = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)) ?? Date.distantPast
        return calendar.startOfDay(for: noon)
    }

    /// The instant the day after this date starts in `timeZone`: when the date is over there.
    public func end(in timeZone: TimeZone) -> Date {
        LocalDay(timeZone: timeZone).startOfNextDay(after: start(in: timeZone))
    }

    /// The date as Norwegians write it, `dd.MM.yyyy`.
    public var readable: String {
        let parts = value.split(separator: "-")
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    /// The date `days` days after this one (before, when negative), in `timeZone`.
    public func adding(days: Int, in timeZone: TimeZone) -> CalendarDate {
        CalendarDate(of: LocalDay(timeZone: timeZone).start(daysBefore: -days, start(in: timeZone)), in: timeZone)
    }

    public var description: String { value }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.value < rhs.value }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year.isMultiple(of: 4) && (!year.isMultiple(of: 100) || year.isMultiple(of: 400)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
