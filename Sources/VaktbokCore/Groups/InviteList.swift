/// An event's guest list for bulk invites, read row by row like a school list: each non-blank row becomes a guest
/// (name, mobile, optional e-mail) or a rejection with its line; a phone that came earlier in the file is rejected.
public struct InviteList: Sendable {
    /// The most rows one guest list may have (as a school list).
    public static let maxRows = NameList.maxRows
    /// The most bytes one guest list may have (as a school list).
    public static let maxBytes = NameList.maxBytes

    /// One guest, validated.
    public struct Entry: Sendable, Equatable {
        public let line: Int
        public let name: PersonName
        public let phone: PhoneNumber
        public let email: EmailAddress?
    }

    /// The valid guests in list order.
    public let entries: [Entry]
    /// The rejected rows in list order (the name list's rejection: line, readable name, reason).
    public let rejections: [NameList.Rejection]
    /// Header columns that were not understood and so were ignored.
    public let ignoredColumns: [String]

    /// Reads delimited text; throws for an empty, oversized or undecodable list, never for a bad row.
    public init(bytes: [UInt8]) throws(ValidationError) {
        try self.init(table: ListTable(text: bytes, maxBytes: Self.maxBytes))
    }

    /// Reads the rows of `table` (text or a spreadsheet's sheet); throws for an empty or overlong list, never for a bad row.
    public init(table: ListTable) throws(ValidationError) {
        let (records, layout) = try ListRows.read(table, maxRows: Self.maxRows, extra: [.phone])
        var entries: [Entry] = [], rejections: [NameList.Rejection] = [], firstLine: [String: Int] = [:]
        for record in records {
            let cells = (layout ?? .positionalWithPhone).cells(of: record.fields)
            do throws(ValidationError) {
                let entry = Entry(
                    line: record.line, name: try PersonName(cells.name), phone: try PhoneNumber(cells.phone),
                    email: cells.email.allSatisfy(\.isWhitespace) ? nil : try EmailAddress(cells.email))
                if let earlier = firstLine[entry.phone.e164] {
                    rejections.append(.init(line: record.line, name: entry.name.value, reason: "phone already on line \(earlier)"))
                } else {
                    firstLine[entry.phone.e164] = record.line
                    entries.append(entry)
                }
            } catch {
                rejections.append(.init(line: record.line, rawName: cells.name, error: error))
            }
        }
        self.entries = entries
        self.rejections = rejections
        ignoredColumns = layout?.ignored ?? []
    }
}
