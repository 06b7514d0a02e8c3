import VaktbokCore

/// An uploaded list file as a table: an Excel workbook (.xlsx: a ZIP archive) read from one sheet, or delimited text
/// (CSV as Excel saves it, or plain lines). The one place that tells the two apart, for the CLI and the API alike.
public enum ListFile {
    /// The table in `bytes`: for a workbook its sheet named `sheet` (else its first visible one); throws for a file
    /// over `maxBytes`, an old binary .xls, a damaged workbook, or a sheet asked of a text file.
    public static func table(_ bytes: [UInt8], sheet: String?, maxBytes: Int) throws(ValidationError) -> ListTable {
        try ListTable.checkSize(bytes, maxBytes: maxBytes)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A cell costs a CSV at least a few bytes, so a workbook may hold as many XML elements as a quarter of the
            // bytes a text list may have: 262,144 for a school list, a million for a host directory.
            let workbook = try Workbook(bytes: bytes, maxElements: maxBytes / 4)
            return ListTable(records: try workbook.records(ofSheet: sheet), hasColumns: true)
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ValidationError(field: "list", reason: "is an old Excel file (.xls); save it as .xlsx or CSV")
        }
        if sheet != nil { throw ValidationError(field: "sheet", reason: "applies to an Excel file (.xlsx); this list is text") }
        return try ListTable(text: bytes, maxBytes: maxBytes)
    }
}
