import Foundation

/// The invitation as an RFC 5545 calendar file (`.ics`): one event, all day or in the time window, with a UID
/// that holds no personal data and a sequence that makes a calendar replace the event after a change or cancellation.
public struct InviteCalendar: Sendable {
    public let uid: String
    public let sequence: Int
    public let stamp: Date
    public let date: CalendarDate
    public let window: VisitWindow?
    public let timeZone: TimeZone
    public let summary: String
    public let location: String
    public let description: String
    public let cancelled: Bool

    /// Creates the value from its parts.
    public init(
        uid: String, sequence: Int, stamp: Date, date: CalendarDate, window: VisitWindow?, timeZone: TimeZone, summary: String,
        location: String, description: String, cancelled: Bool = false
    ) {
        self.uid = uid
        self.sequence = sequence
        self.stamp = stamp
        self.date = date
        self.window = window
        self.timeZone = timeZone
        self.summary = summary
        self.location = location
        self.description = description
        self.cancelled = cancelled
    }

    /// The file's text: CRLF line ends, lines folded at 75 octets without splitting a character.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vaktbok//Invitations//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
            "UID:\(uid)", "SEQUENCE:\(sequence)", "DTSTAMP:\(Self.utc(stamp))",
        ]
        if let window {
            let day = LocalDay(timeZone: timeZone), start = date.start(in: timeZone)
            lines += [
                "DTSTART:\(Self.utc(day.instant(of: window.from, onDayOf: start)))",
                "DTEND:\(Self.utc(day.instant(of: window.until, onDayOf: start)))",
            ]
        } else {
            let compact = { (date: CalendarDate) in date.value.replacingOccurrences(of: "-", with: "") }
            lines += ["DTSTART;VALUE=DATE:\(compact(date))", "DTEND;VALUE=DATE:\(compact(date.adding(days: 1, in: timeZone)))"]
        }
        lines += [
            "SUMMARY:\(Self.escaped(summary))", "LOCATION:\(Self.escaped(location))", "DESCRIPTION:\(Self.escaped(description))",
            "STATUS:\(cancelled ? "CANCELLED" : "CONFIRMED")", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
        ]
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `date` as a UTC date-time, `20261204T080000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0, p.second ?? 0)
    }

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`, other control characters dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: if scalar.properties.generalCategory != .control { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `line` folded after at most 75 octets per physical line, continuation lines starting with a space.
    static func folded(_ line: String) -> String {
        var out = "", used = 0
        for character in line {
            let size = character.utf8.count
            if used + size > 75 {
                out += "\r\n "
                used = 1
            }
            out.append(character)
            used += size
        }
        return out
    }
}
