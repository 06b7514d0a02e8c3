import VaktbokCore

/// The cells of one sheet by row and column, as list records: at most `maxColumns` columns hold values, merged
/// ranges are filled with their first cell's text on the rows that have other values, blank rows are dropped.
struct SheetGrid {
    /// The most columns a list may use (A to BL): more is no list of people.
    static let maxColumns = 64
    /// Excel's last row.
    static let maxRow = 1_048_576
    /// The most merged ranges a list may have: a title, a header, a column of roles are a handful.
    static let maxMergedRanges = 10_000
    /// The most cells merged ranges may cover in all, so that overlapping ranges cannot make reading slow.
    static let maxMergedCells = 2_000_000

    private var rows: [Int: [Int: String]] = [:]
    private var begunRows = Set<Int>()

    /// Starts row `number` (1-based) of the sheet; throws for a number outside Excel's rows or one seen before.
    mutating func beginRow(_ number: Int) throws(ValidationError) -> Int {
        guard (1...Self.maxRow).contains(number), begunRows.insert(number).inserted else { throw Self.damaged("a row number") }
        return number
    }

    /// Sets the cell at `row` and `column` (0-based); throws for a value beyond the last column allowed.
    mutating func set(_ text: String, row: Int, column: Int) throws(ValidationError) {
        guard !text.isEmpty else { return }
        guard column < Self.maxColumns else {
            throw ValidationError(field: "list", reason: "has a value beyond column BL; a list has at most \(Self.maxColumns) columns")
        }
        rows[row, default: [:]][column] = text
    }

    /// Fills each merged range (`A1:C1`, corners in either order) with its top-left cell's text, on the rows that
    /// hold values; the work is the cells filled, found by binary search over the rows.
    mutating func fill(merged ranges: [String]) throws(ValidationError) {
        guard ranges.count <= Self.maxMergedRanges else {
            throw ValidationError(field: "list", reason: "has more than \(Self.maxMergedRanges) merged ranges")
        }
        let filledRows = rows.keys.sorted()
        var budget = Self.maxMergedCells
        for range in ranges {
            let corners = range.split(separator: ":")
            guard corners.count == 2 else { continue }
            let (one, other) = (try Self.reference(String(corners[0])), try Self.reference(String(corners[1])))
            let (top, bottom) = (min(one.row, other.row), max(one.row, other.row))
            let (left, right) = (min(one.column, other.column), min(max(one.column, other.column), Self.maxColumns - 1))
            guard left <= right, let text = rows[top]?[left] else { continue }
            var index = Self.firstIndex(in: filledRows, notBelow: top)
            while index < filledRows.count, filledRows[index] <= bottom {
                budget -= right - left + 1
                guard budget >= 0 else { throw ValidationError(field: "list", reason: "has too many merged cells to read") }
                for column in left...right where rows[filledRows[index]]?[column] == nil { rows[filledRows[index]]?[column] = text }
                index += 1
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
        guard (1...3).contains(letters.count), let row = Int(plain.dropFirst(letters.count)), (1...maxRow).contains(row) else {
            throw damaged("a cell reference")
        }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (row, column)
    }

    /// The index of the first of the ascending `rows` that is at least `row`.
    private static func firstIndex(in rows: [Int], notBelow row: Int) -> Int {
        var (low, high) = (0, rows.count)
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func damaged(_ what: String) -> ValidationError {
        ValidationError(field: "list", reason: "is a damaged Excel file (\(what) cannot be read)")
    }
}
