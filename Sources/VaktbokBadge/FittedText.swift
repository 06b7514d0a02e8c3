/// A text fitted to the badge's width: on the fewest lines (balanced, broken after spaces and hyphens, inside a word
/// only when it must) at which it can be set at `minimum` size or larger, and as large as `preferred` allows; nothing
/// is ever cut.
struct FittedText {
    let lines: [String]
    let size: Int

    /// The average width of a sans-serif glyph in ems, rounded up so that wide letters still fit.
    private static let glyphWidth = 0.6

    /// `text` fitted to `width` badge units.
    init(_ text: String, width: Int, preferred: Int, minimum: Int) {
        var count = 1
        while true {
            let lines = Self.balanced(text, into: count)
            let longest = Double(max(lines.map(\.count).max() ?? 1, 1))
            let size = min(preferred, Int(Double(width) / (Self.glyphWidth * longest)))
            if size >= minimum || count >= text.count {
                (self.lines, self.size) = (lines, max(size, minimum))
                return
            }
            count += 1
        }
    }

    /// `text` wrapped into at most `count` lines with the shortest longest line.
    static func balanced(_ text: String, into count: Int) -> [String] {
        var perLine = max(1, (text.count + count - 1) / count)
        while true {
            let lines = wrapped(text, perLine: perLine)
            if lines.count <= count { return lines }
            perLine += 1
        }
    }

    /// Greedy wrapping at `perLine` characters: breaks after a space (dropped) or a hyphen (kept); a word longer than
    /// a line is broken inside.
    static func wrapped(_ text: String, perLine: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for piece in pieces(of: text) {
            let joined = current + piece
            if trimmed(joined).count <= perLine {
                current = joined
                continue
            }
            if !trimmed(current).isEmpty { lines.append(trimmed(current)) }
            current = piece
            while trimmed(current).count > perLine {
                lines.append(String(current.prefix(perLine)))
                current = String(current.dropFirst(perLine))
            }
        }
        if !trimmed(current).isEmpty { lines.append(trimmed(current)) }
        return lines.isEmpty ? [""] : lines
    }

    /// `text` cut after every space and hyphen, so that the pieces joined give it back.
    private static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " || character == "-" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    private static func trimmed(_ line: String) -> String {
        String(line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
