/// Bounds on what goes out: an SMS fits in `maxSegments` segments and an e-mail subject in `maxSubject`
/// characters, whatever names went into them.
public enum MessageLimits {
    /// The most SMS segments one message may take.
    public static let maxSegments = 4
    /// The most characters of an e-mail subject.
    public static let maxSubject = 150

    /// `text` cut (with "...") to fit `maxSegments` segments: 153 GSM-7 septets each, or 67 UTF-16 units each
    /// when any character is outside the GSM-7 alphabet.
    public static func sms(_ text: String) -> String {
        let gsm = text.unicodeScalars.allSatisfy { gsmBasic.contains($0) || gsmExtension.contains($0) }
        func cost(_ character: Character) -> Int {
            gsm ? character.unicodeScalars.reduce(0) { $0 + (gsmExtension.contains($1) ? 2 : 1) } : character.utf16.count
        }
        let budget = maxSegments * (gsm ? 153 : 67)
        guard text.reduce(0, { $0 + cost($1) }) > budget else { return text }
        var kept = "", used = 3
        for character in text {
            used += cost(character)
            guard used <= budget else { break }
            kept.append(character)
        }
        return kept + "..."
    }

    /// Segments `text` takes as an SMS (for tests and figures).
    public static func smsSegments(_ text: String) -> Int {
        let gsm = text.unicodeScalars.allSatisfy { gsmBasic.contains($0) || gsmExtension.contains($0) }
        let units = gsm ? text.unicodeScalars.reduce(0) { $0 + (gsmExtension.contains($1) ? 2 : 1) } : text.utf16.count
        let single = gsm ? 160 : 70, part = gsm ? 153 : 67
        return units <= single ? 1 : (units + part - 1) / part
    }

    /// `subject` on one line, cut to `maxSubject` characters.
    public static func subject(_ subject: String) -> String {
        let line = subject.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= maxSubject ? line : String(line.prefix(maxSubject - 3)) + "..."
    }

    private static let gsmBasic = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)
    private static let gsmExtension = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
