import Foundation
import VaktbokCore
import XMLCoder

/// An .xlsx workbook opened to read one sheet as list rows: texts from shared and inline strings, numbers without
/// Excel's float noise, date cells as yyyy-mm-dd, merged ranges filled, each row numbered as Excel numbers it.
struct Workbook {
    private let archive: XLSXArchive
    private let sheets: [WorkbookXML.Workbook.Sheet]
    private let uses1904Dates: Bool
    private let parts: [String: WorkbookXML.Relationships.Relationship]

    /// Opens the workbook in `bytes`, whose parts may hold `maxElements` XML elements in all; throws for a damaged
    /// file or a ZIP archive that is no workbook.
    init(bytes: [UInt8], maxElements: Int) throws(ValidationError) {
        archive = try XLSXArchive(bytes: bytes, maxElements: maxElements)
        guard let data = try archive.xml("xl/workbook.xml") else {
            throw ValidationError(field: "list", reason: "is a ZIP archive but not an Excel workbook (.xlsx)")
        }
        let workbook = try Self.decode(WorkbookXML.Workbook.self, from: data, part: "the workbook")
        sheets = workbook.sheets.sheet ?? []
        uses1904Dates = ["1", "true"].contains(workbook.workbookPr?.date1904 ?? "")
        var relationships: [WorkbookXML.Relationships.Relationship] = []
        if let data = try archive.xml("xl/_rels/workbook.xml.rels") {
            relationships = try Self.decode(WorkbookXML.Relationships.self, from: data, part: "the workbook's relationships").relationships ?? []
        }
        parts = Dictionary(relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rows of the sheet named `name` (compared without case), else of the first visible sheet.
    func records(ofSheet name: String?) throws(ValidationError) -> [DelimitedText.Record] {
        let sheet: WorkbookXML.Workbook.Sheet?
        if let name {
            sheet = sheets.first { $0.name.lowercased() == name.trimmingWhitespace().lowercased() }
            guard sheet != nil else {
                throw ValidationError(field: "sheet", reason: "is not a sheet of this workbook (it has \(sheets.count))")
            }
        } else {
            sheet = sheets.first { ($0.state ?? "visible") == "visible" }
        }
        guard let sheet, let path = parts[sheet.relationship].map({ Self.partPath($0.target) }), let data = try archive.xml(path) else {
            throw ValidationError(field: "list", reason: "is a damaged Excel file (the sheet is missing)")
        }
        let worksheet = try Self.decode(WorkbookXML.Worksheet.self, from: data, part: "the sheet")
        var grid = SheetGrid()
        let values = CellValues(sharedStrings: try sharedStrings(), dateStyles: try dateStyles(), uses1904Dates: uses1904Dates)
        var rowNumber = 0
        for row in worksheet.sheetData?.row ?? [] {
            rowNumber = try grid.beginRow(row.r ?? rowNumber + 1)
            var column = -1
            for cell in row.c ?? [] {
                if let reference = cell.r { column = try SheetGrid.reference(reference).column } else { column += 1 }
                try grid.set(try values.text(of: cell), row: rowNumber, column: column)
            }
        }
        try grid.fill(merged: (worksheet.mergeCells?.mergeCell ?? []).map(\.ref))
        return grid.records
    }

    /// The workbook's shared strings, empty when it has none.
    private func sharedStrings() throws(ValidationError) -> [String] {
        guard let data = try archive.xml(partPath(ofType: "sharedStrings", default: "xl/sharedStrings.xml")) else { return [] }
        return (try Self.decode(WorkbookXML.SharedStrings.self, from: data, part: "the shared strings").si ?? []).map(\.text)
    }

    /// The indexes of the cell formats (a cell's `s`) that show a date.
    private func dateStyles() throws(ValidationError) -> Set<Int> {
        guard let data = try archive.xml(partPath(ofType: "styles", default: "xl/styles.xml")) else { return [] }
        let styles = try Self.decode(WorkbookXML.Styles.self, from: data, part: "the styles")
        let custom = Dictionary((styles.numFmts?.numFmt ?? []).map { ($0.numFmtId, $0.formatCode) }, uniquingKeysWith: { first, _ in first })
        let formats = styles.cellXfs?.xf ?? []
        return Set(formats.indices.filter { CellValues.isDateFormat(id: formats[$0].numFmtId ?? 0, code: custom[formats[$0].numFmtId ?? 0]) })
    }

    /// The path of the part the workbook relates to by a type ending in `/type`, else `fallback`.
    private func partPath(ofType type: String, default fallback: String) -> String {
        parts.values.first { $0.type.hasSuffix("/\(type)") }.map { Self.partPath($0.target) } ?? fallback
    }

    /// A relationship target as an archive path: absolute targets drop the slash, relative ones are under `xl/`.
    private static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// Decodes one part, with namespace prefixes (`x:row`) read as the plain names.
    private static func decode<T: Decodable>(_ type: T.Type, from data: Data, part: String) throws(ValidationError) -> T {
        let decoder = XMLDecoder(trimValueWhitespaces: false)
        decoder.shouldProcessNamespaces = true
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw ValidationError(field: "list", reason: "is a damaged Excel file (\(part) cannot be read)")
        }
    }
}
