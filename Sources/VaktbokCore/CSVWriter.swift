/// Writes RFC 4180 CSV that spreadsheets open safely: UTF-8 BOM, chosen separator, formula cells neutralised.
public struct CSVWriter: Sendable {
    /// The field separator; `;` is what Norwegian Excel expects.
    public let separator: Character

    /// A writer using `separator`.
    public init(separator: Character = ";") {
        self.separator = separator
    }

    /// What a document starts with, so that spreadsheets read it as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole document: BOM, header row and data rows, CRLF line ends.
    public func document(header: [String], rows: [[String]]) -> String {
        Self.byteOrderMark + ([header] + rows).map(line).joined()
    }

    /// One row with its CRLF line end.
    public func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: String(separator)) + "\r\n"
    }

    private func cell(_ raw: String) -> String {
        var value = raw
        if let first = value.utf8.first, Self.formulaStarts.contains(first) {
            value = "'" + value
        }
        let separatorByte = separator.asciiValue ?? UInt8(ascii: ";")
        let needsQuotes = value.utf8.contains { $0 == separatorByte || Self.quoteTriggers.contains($0) }
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// First bytes that make a spreadsheet treat a cell as a formula: `= + - @`, tab, CR.
    private static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)
    /// Bytes that force quoting besides the separator.
    private static let quoteTriggers: Set<UInt8> = Set("\"\n\r".utf8)
}
