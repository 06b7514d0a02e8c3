/// The non-blank rows of a list file (school name list or invite list) and the layout its header declares: the
/// reading both lists share, with their limits.
enum ListRows {
    /// Decodes `bytes` (UTF-8 or Windows-1252, any of the usual separators), drops blank rows and a header row;
    /// throws for an empty, oversized or undecodable list.
    static func read(
        _ bytes: [UInt8], maxBytes: Int, maxRows: Int, extra: Set<ListLayout.Extra>
    ) throws(ValidationError) -> (records: [DelimitedText.Record], layout: ListLayout?) {
        guard bytes.count <= maxBytes else {
            throw ValidationError(field: "list", reason: "is larger than \(maxBytes / 1_048_576) MiB; split it into several lists")
        }
        let text = try ListDecoding.text(of: bytes)
        let separator = DelimitedText.detectSeparator(in: text)
        var records = DelimitedText.records(of: text, separator: separator).filter { !$0.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        let layout = separator.flatMap { _ in records.first.flatMap { ListLayout(header: $0, extra: extra) } }
        if layout != nil { records.removeFirst() }
        guard !records.isEmpty else { throw ValidationError(field: "list", reason: "has no names") }
        guard records.count <= maxRows else {
            throw ValidationError(field: "list", reason: "has \(records.count) rows; at most \(maxRows) are allowed")
        }
        return (records, layout)
    }
}
