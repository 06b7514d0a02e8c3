/// The non-blank rows of a list (school name list, invite list or host directory) and the layout its header
/// declares: the reading all lists share, with their limits.
enum ListRows {
    /// How many non-blank rows may stand above the header (a title, a date, a note), not read as names.
    static let maxRowsAboveHeader = 5

    /// The non-blank rows of `table` below its header, and the header's layout (nil for a list without one); throws
    /// for an empty list or one with more than `maxRows` rows.
    static func read(
        _ table: ListTable, maxRows: Int, extra: Set<ListLayout.Extra>
    ) throws(ValidationError) -> (records: [DelimitedText.Record], layout: ListLayout?) {
        var records = table.records.filter { !$0.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        var layout: ListLayout?
        if table.hasColumns {
            for (index, record) in records.prefix(maxRowsAboveHeader + 1).enumerated() {
                guard let found = ListLayout(header: record, extra: extra) else { continue }
                layout = found
                records.removeFirst(index + 1)
                break
            }
        }
        guard !records.isEmpty else { throw ValidationError(field: "list", reason: "has no names") }
        guard records.count <= maxRows else {
            throw ValidationError(field: "list", reason: "has \(records.count) rows; at most \(maxRows) are allowed")
        }
        return (records, layout)
    }
}
