/// Bounds on what goes out: an SMS fits in `maxSegments` segments and an e-mail subject in `maxSubject`
/// characters, whatever names went into them.
public enum MessageLimits {
    /// The most SMS segments one message may take.
    public static let maxSegments = 4
    /// The most characters of an e-mail subject.
    public static let maxSubject = 150

    /// `text` cut (with "...") to fit `maxSegments` segments: 153 GSM-7 septets each, or 67 UTF-16 units each
    /// when any character is outside the GSM-7 alphabet; `ending` (a link, say) is kept whole after it.
    public static func sms(_ text: String, ending: String = "") -> String {
        let encoding = SMSEncoding(of: text + ending)
        let budget = maxSegments * encoding.unitsPerPart - encoding.units(ending)
        guard encoding.units(text) > budget else { return text + ending }
        var kept = "", used = 3
        for character in text {
            used += encoding.units(character)
            guard used <= budget else { break }
            kept.append(character)
        }
        return kept + "..." + ending
    }

    /// Segments `text` takes as an SMS (for tests and figures).
    public static func smsSegments(_ text: String) -> Int {
        let encoding = SMSEncoding(of: text), units = encoding.units(text)
        return units <= encoding.unitsAlone ? 1 : (units + encoding.unitsPerPart - 1) / encoding.unitsPerPart
    }

    /// `subject` on one line, cut to `maxSubject` characters.
    public static func subject(_ subject: String) -> String {
        let line = subject.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= maxSubject ? line : String(line.prefix(maxSubject - 3)) + "..."
    }

}

/// How an SMS is encoded: GSM-7 (extension characters count twice) when every character allows it, else UCS-2.
private struct SMSEncoding {
    let gsm: Bool

    init<S: StringProtocol>(of text: S) {
        gsm = text.unicodeScalars.allSatisfy { Self.gsmBasic.contains($0) || Self.gsmExtension.contains($0) }
    }

    /// Units in one unsplit message, and in each part of a split one.
    var unitsAlone: Int { gsm ? 160 : 70 }
    var unitsPerPart: Int { gsm ? 153 : 67 }

    /// The units `text` takes in this encoding.
    func units<S: StringProtocol>(_ text: S) -> Int {
        gsm ? text.unicodeScalars.reduce(0) { $0 + (Self.gsmExtension.contains($1) ? 2 : 1) } : text.utf16.count
    }

    /// The units one character takes.
    func units(_ character: Character) -> Int { units(String(character)) }

    static let gsmBasic = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)
    static let gsmExtension = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
