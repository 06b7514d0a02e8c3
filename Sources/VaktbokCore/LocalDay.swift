import Foundation

/// Local-day arithmetic in a site's time zone: day starts and ends that stay right across DST changes.
public struct LocalDay: Sendable {
    private let calendar: Calendar
    private let dateTimeStyle: Date.ISO8601FormatStyle

    /// A calculator for `timeZone`.
    public init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        dateTimeStyle = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone)
    }

    /// The instant the local day containing `date` starts.
    public func start(of date: Date) -> Date {
        calendar.startOfDay(for: date)
    }

    /// The instant the local day after the one containing `date` starts.
    public func startOfNextDay(after date: Date) -> Date {
        let start = start(of: date)
        return calendar.date(byAdding: .day, value: 1, to: start).map(self.start(of:)) ?? start
    }

    /// The last whole second of the local day containing `date`, the time of an automatic check-out.
    public func lastSecond(of date: Date) -> Date {
        startOfNextDay(after: date).addingTimeInterval(-1)
    }

    /// The instant the local clock first shows `time` on the day containing `date`; on a spring-forward day when
    /// that time does not exist, the first instant after the gap.
    public func instant(of time: TimeOfDay, onDayOf date: Date) -> Date {
        let start = start(of: date)
        return calendar.date(
            bySettingHour: time.minutes / 60, minute: time.minutes % 60, second: 0, of: start,
            matchingPolicy: .nextTime, repeatedTimePolicy: .first, direction: .forward
        ) ?? lastSecond(of: date)
    }

    /// The start of the local day `days` days before the day containing `date`.
    public func start(daysBefore days: Int, _ date: Date) -> Date {
        let start = start(of: date)
        return calendar.date(byAdding: .day, value: -days, to: start).map(self.start(of:)) ?? start
    }

    /// The local calendar date of `date` as `yyyy-MM-dd`.
    public func isoDate(of date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// How many of `dates` fall on each local calendar date (`yyyy-MM-dd`); the calendar is asked once per day, not per date.
    public func countPerDate(_ dates: some Sequence<Date>) -> [String: Int] {
        var counts: [String: Int] = [:]
        var current: (days: Range<Date>, date: String)?
        for date in dates {
            if current?.days.contains(date) != true { current = (start(of: date)..<startOfNextDay(after: date), isoDate(of: date)) }
            counts[current!.date, default: 0] += 1
        }
        return counts
    }

    /// `date` as a person reads a local time on a printout, e.g. `29.03.2026 10:15`.
    public func readableDateTime(of date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%02d.%02d.%04d %02d:%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }

    /// The local clock time of `date`, `HH:MM`.
    public func clockTime(of date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `date` as local ISO 8601 with its UTC offset, e.g. `2026-03-29T10:15:00+02:00`.
    public func isoDateTime(of date: Date) -> String {
        date.formatted(dateTimeStyle)
    }
}
