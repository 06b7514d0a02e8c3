/// Writes RFC 4180 CSV that spreadsheets open safely: UTF-8 BOM, chosen separator, formula cells neutralised.
public struct CSVWriter: Sendable {
    /// The field separator; `;` is what Norwegian Excel expects.
    public let separator: Character

    /// A writer using `separator`.
    public init(separator: Character = ";") {
        self.separator = separator
    }

    /// The whole document: BOM, header row and data rows, CRLF line ends.
    public func document(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map(line).joined()
    }

    private func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: String(separator)) + "\r\n"
    }

    private func cell(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The string with every `target` character replaced by `replacement`.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
