import Foundation

/// Local ISO 8601 times with their UTC offset (`2026-03-29T10:15:00+02:00`, as `LocalDay.isoDateTime`) for reports of
/// thousands of rows: the zone's offset is looked up once per quarter-hour of UTC time (every zone's offsets and
/// changes of offset fall on quarter-hours) and the digits come from integer arithmetic, not a Foundation formatter.
public struct LocalTimestamps: Sendable {
    private let timeZone: TimeZone
    /// UTC offset in seconds per quarter-hour since 1970.
    private var offsets: [Int: Int] = [:]

    /// A writer for `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// `date` in the zone's local time with its offset, whole seconds (the fraction dropped).
    public mutating func string(for date: Date) -> String {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        let quarter = instant.floorDivided(by: 900)
        let offset = offsets[quarter] ?? lookUpOffset(quarter: quarter, date: date)
        let local = instant + offset
        let day = local.floorDivided(by: 86_400)
        let second = local - day * 86_400
        let (year, month, dayOfMonth) = Self.civilDate(daysSince1970: day)
        return String(unsafeUninitializedCapacity: 25) { buffer in
            var index = 0
            func put(_ byte: UInt8) {
                buffer[index] = byte
                index += 1
            }
            func digits(_ value: Int, _ count: Int) {
                var divisor = 1
                for _ in 1..<count { divisor *= 10 }
                while divisor > 0 {
                    put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            digits(year, 4)
            put(UInt8(ascii: "-"))
            digits(month, 2)
            put(UInt8(ascii: "-"))
            digits(dayOfMonth, 2)
            put(UInt8(ascii: "T"))
            digits(second / 3_600, 2)
            put(UInt8(ascii: ":"))
            digits(second / 60 % 60, 2)
            put(UInt8(ascii: ":"))
            digits(second % 60, 2)
            if offset == 0 {
                put(UInt8(ascii: "Z"))
            } else {
                put(UInt8(ascii: offset < 0 ? "-" : "+"))
                digits(abs(offset) / 3_600, 2)
                put(UInt8(ascii: ":"))
                digits(abs(offset) / 60 % 60, 2)
            }
            return index
        }
    }

    private mutating func lookUpOffset(quarter: Int, date: Date) -> Int {
        let offset = timeZone.secondsFromGMT(for: date)
        offsets[quarter] = offset
        return offset
    }

    /// Year, month and day of the proleptic Gregorian calendar for a count of days since 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    public static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Int {
    /// The quotient rounded towards minus infinity.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
