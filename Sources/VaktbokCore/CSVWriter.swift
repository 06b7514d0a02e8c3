/// Writes RFC 4180 CSV that spreadsheets open safely: UTF-8 BOM, chosen separator, formula cells neutralised.
public struct CSVWriter: Sendable {
    /// The field separator; `;` is what Norwegian Excel expects.
    public let separator: Character

    /// A writer using `separator`.
    public init(separator: Character = ";") {
        self.separator = separator
        separatorByte = separator.asciiValue ?? UInt8(ascii: ";")
    }

    /// The separator as a byte (an ASCII character; `;` if it is not one).
    private let separatorByte: UInt8

    /// What a document starts with, so that spreadsheets read it as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole document: BOM, header row and data rows, CRLF line ends.
    public func document(header: [String], rows: [[String]]) -> String {
        Self.byteOrderMark + ([header] + rows).map(line).joined()
    }

    /// One row with its CRLF line end.
    public func line(_ cells: [String]) -> String {
        var bytes: [UInt8] = []
        appendLine(cells, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one row with its CRLF line end to `bytes` as UTF-8 (a report's rows go into one buffer, no string each).
    public func appendLine(_ cells: [String], to bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(separatorByte) }
            var cell = cell
            cell.withUTF8 { append($0, to: &bytes) }
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// Appends the UTF-8 `cell`: a formula start (`= + - @`, tab, CR) neutralised with `'`, the cell quoted (its quotes
    /// doubled) when it holds the separator, a quote or a line break.
    private func append(_ cell: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let formula: Bool
        switch cell.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): formula = true
        default: formula = false
        }
        let needsQuotes = cell.contains { $0 == separatorByte || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        if needsQuotes { bytes.append(quote) }
        if formula { bytes.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in cell {
                bytes.append(byte)
                if byte == quote { bytes.append(quote) }
            }
            bytes.append(quote)
        } else {
            bytes.append(contentsOf: cell)
        }
    }
}
