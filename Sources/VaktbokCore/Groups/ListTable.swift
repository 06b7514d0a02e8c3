/// An uploaded list as rows of cells, before its header and names are read: from delimited text here, or from a
/// spreadsheet's sheet (VaktbokSheets). Each record keeps the line (or sheet row) it came from.
public struct ListTable: Sendable {
    /// The rows, blank ones included, in file order.
    public let records: [DelimitedText.Record]
    /// Whether the rows have columns (a separator was found, or a spreadsheet), so that a row may be a header.
    public let hasColumns: Bool

    /// A table of `records` as read elsewhere.
    public init(records: [DelimitedText.Record], hasColumns: Bool) {
        self.records = records
        self.hasColumns = hasColumns
    }

    /// The table in delimited text (any of the usual encodings and separators); throws for text over `maxBytes`
    /// or in no known encoding.
    public init(text bytes: [UInt8], maxBytes: Int) throws(ValidationError) {
        try Self.checkSize(bytes, maxBytes: maxBytes)
        let text = try ListDecoding.text(of: bytes)
        let separator = DelimitedText.detectSeparator(in: text)
        self.init(records: DelimitedText.records(of: text, separator: separator), hasColumns: separator != nil)
    }

    /// Throws the list error for an upload over `maxBytes`.
    public static func checkSize(_ bytes: [UInt8], maxBytes: Int) throws(ValidationError) {
        guard bytes.count <= maxBytes else {
            throw ValidationError(field: "list", reason: "is larger than \(maxBytes / 1_048_576) MiB; split it into several lists")
        }
    }
}
