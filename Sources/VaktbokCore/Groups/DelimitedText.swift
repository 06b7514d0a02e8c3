/// A CSV-style reader: fields split by one separator, `"` quoting (with `""` inside), records ended by
/// CRLF, LF or CR outside quotes; each record keeps the line number it starts on.
public struct DelimitedText: Sendable {
    /// One record: its first line number (1-based) and its fields, untrimmed.
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [String]

        /// A record of `fields` starting on `line`.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// The separators a list may use, in the order they win a tie.
    public static let candidates: [Character] = ["\t", ";", ","]

    /// The separator used in the first non-blank line, the most frequent one there; nil for a plain list.
    public static func detectSeparator(in text: String) -> Character? {
        guard let first = text.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return nil
        }
        let outsideQuotes = first.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined()
        let counts = candidates.map { separator in (separator, outsideQuotes.filter { $0 == separator }.count) }
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }

    /// The records of `text` split on `separator`; a line without separators is a one-field record.
    /// One pass with constant work per character, so hostile quoting cannot make it slower than linear.
    public static func records(of text: String, separator: Character?) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var fieldIsBlank = true
        var quoted = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        func endRecord() {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            field = ""
            fieldIsBlank = true
        }
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
            } else if character == "\"", separator != nil, fieldIsBlank {
                quoted = true
                fieldIsBlank = false
                field = ""
            } else if character == separator {
                fields.append(field)
                field = ""
                fieldIsBlank = true
            } else if character.isNewline {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(character)
                if !character.isWhitespace { fieldIsBlank = false }
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
