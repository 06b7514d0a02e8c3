import VaktbokCore

/// The cells of one sheet by row and column, as list records: at most `maxColumns` columns hold values, merged
/// ranges are filled with their first cell's text on the rows that have other values, blank rows are dropped.
struct SheetGrid {
    /// The most columns a list may use (A to BL): more is no list of people.
    static let maxColumns = 64
    /// The most cells merged ranges may fill in all, so overlapping ranges cannot make reading slow.
    static let maxFilledCells = 2_000_000

    private var rows: [Int: [Int: String]] = [:]

    /// Sets the cell at `row` (1-based) and `column` (0-based); throws for a value beyond the last column allowed.
    mutating func set(_ text: String, row: Int, column: Int) throws(ValidationError) {
        guard !text.isEmpty else { return }
        guard column < Self.maxColumns, row >= 1 else {
            throw ValidationError(field: "list", reason: "has a value beyond column BL; a list has at most \(Self.maxColumns) columns")
        }
        rows[row, default: [:]][column] = text
    }

    /// Fills each merged range (`A1:C1`) with its top-left cell's text, on the rows that hold values.
    mutating func fill(merged ranges: [String]) throws(ValidationError) {
        let filledRows = rows.keys.sorted()
        var budget = Self.maxFilledCells
        for range in ranges {
            let corners = range.split(separator: ":")
            guard corners.count == 2 else { continue }
            let (first, last) = (try Self.reference(String(corners[0])), try Self.reference(String(corners[1])))
            guard let text = rows[first.row]?[first.column] else { continue }
            let columns = first.column...min(last.column, Self.maxColumns - 1)
            for row in filledRows where row >= first.row && row <= last.row {
                budget -= columns.count
                guard budget >= 0 else { throw ValidationError(field: "list", reason: "has too many merged cells to read") }
                for column in columns where rows[row]?[column] == nil { rows[row]?[column] = text }
            }
        }
    }

    /// The rows that hold values, in order, each with its cells from column A to its last value.
    var records: [DelimitedText.Record] {
        rows.keys.sorted().compactMap { number in
            guard let cells = rows[number], let last = cells.keys.max() else { return nil }
            return DelimitedText.Record(line: number, fields: (0...last).map { cells[$0] ?? "" })
        }
    }

    /// The row (1-based) and column (0-based) of a reference like `B12` (a `$` is allowed); throws for another text.
    static func reference(_ text: String) throws(ValidationError) -> (row: Int, column: Int) {
        let plain = text.filter { $0 != "$" }
        let letters = plain.prefix { $0.isASCII && $0.isLetter }
        guard (1...3).contains(letters.count), let row = Int(plain.dropFirst(letters.count)), row >= 1, row <= 1_048_576 else {
            throw ValidationError(field: "list", reason: "is a damaged Excel file (a cell reference cannot be read)")
        }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (row, column)
    }
}
