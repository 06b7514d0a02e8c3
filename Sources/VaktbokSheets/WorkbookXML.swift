/// The parts of an .xlsx workbook that a list is read from, as XMLCoder decodes them (SpreadsheetML, ECMA-376 part 1
/// §18): only the elements and attributes used here; everything else in the files is skipped.
enum WorkbookXML {
    /// `xl/workbook.xml`: the sheets in tab order and the date system.
    struct Workbook: Decodable {
        /// `<workbookPr date1904="1">`: dates count from 1904 (old Mac workbooks).
        struct Properties: Decodable { let date1904: String? }
        /// `<sheets>`.
        struct Sheets: Decodable { let sheet: [Sheet]? }
        /// One `<sheet name state r:id>`.
        struct Sheet: Decodable {
            let name: String
            let state: String?
            let relationship: String

            enum CodingKeys: String, CodingKey {
                case name, state
                case relationship = "r:id"
            }
        }

        let workbookPr: Properties?
        let sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`: where each sheet, the shared strings and the styles are.
    struct Relationships: Decodable {
        /// One `<Relationship Id Type Target>`.
        struct Relationship: Decodable {
            let id: String
            let type: String
            let target: String

            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case type = "Type"
                case target = "Target"
            }
        }

        let relationships: [Relationship]?

        enum CodingKeys: String, CodingKey { case relationships = "Relationship" }
    }

    /// Text that may come whole (`<t>`) or in formatted runs (`<r><t>`), as in a shared string or an inline string.
    struct RichText: Decodable {
        /// One run of text.
        struct Run: Decodable { let t: Text? }

        let t: Text?
        let r: [Run]?

        /// The whole text: the plain part and every run, in order.
        var text: String { (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined() }
    }

    /// A `<t>` element's text, which may carry `xml:space`.
    struct Text: Decodable {
        let value: String?

        enum CodingKeys: String, CodingKey { case value = "" }
    }

    /// `xl/sharedStrings.xml`: the texts cells refer to by index.
    struct SharedStrings: Decodable { let si: [RichText]? }

    /// `xl/styles.xml`: enough to tell which cells are formatted as dates.
    struct Styles: Decodable {
        /// `<numFmts>`: the workbook's own number formats.
        struct NumberFormats: Decodable { let numFmt: [NumberFormat]? }
        /// One `<numFmt numFmtId formatCode>`.
        struct NumberFormat: Decodable {
            let numFmtId: Int
            let formatCode: String
        }
        /// `<cellXfs>`: the cell formats a cell's `s` attribute indexes.
        struct CellFormats: Decodable { let xf: [CellFormat]? }
        /// One `<xf numFmtId>`.
        struct CellFormat: Decodable { let numFmtId: Int? }

        let numFmts: NumberFormats?
        let cellXfs: CellFormats?
    }

    /// A worksheet: its rows of cells and its merged ranges.
    struct Worksheet: Decodable {
        /// `<sheetData>`.
        struct SheetData: Decodable { let row: [Row]? }
        /// One `<row r>`.
        struct Row: Decodable {
            let r: Int?
            let c: [Cell]?
        }
        /// One `<c r t s>` with its value `<v>` or inline string `<is>`.
        struct Cell: Decodable {
            let r: String?
            let t: String?
            let s: Int?
            let v: String?
            let inline: RichText?

            enum CodingKeys: String, CodingKey {
                case r, t, s, v
                case inline = "is"
            }
        }
        /// `<mergeCells>`.
        struct MergeCells: Decodable { let mergeCell: [MergeCell]? }
        /// One `<mergeCell ref="A1:C1">`.
        struct MergeCell: Decodable { let ref: String }

        let sheetData: SheetData?
        let mergeCells: MergeCells?
    }
}
