/// A school's name list, read row by row: each non-blank row becomes an entry or a rejection with its line.
public struct NameList: Sendable {
    /// The most rows (after the header) one list may have.
    public static let maxRows = 2_000
    /// The most bytes one list may have.
    public static let maxBytes = 1_048_576

    /// One person on the list, validated.
    public struct Entry: Sendable, Equatable {
        public let line: Int
        public let name: PersonName
        public let role: MemberRole
        public let email: EmailAddress?
        /// The name folded for duplicate detection: case and spacing do not make two people.
        public var key: String { name.value.lowercased() }
    }

    /// A row that cannot be imported: its line, the name if one could be read, and why.
    public struct Rejection: Sendable, Equatable {
        public let line: Int
        public let name: String?
        public let reason: String

        /// A rejection with its parts.
        init(line: Int, name: String?, reason: String) {
            self.line = line
            self.name = name
            self.reason = reason
        }

        /// The rejection of a row whose cells failed `error`: the raw name shown only as far as the text gate lets it.
        init(line: Int, rawName: String, error: ValidationError) {
            let shown = (try? PersonName.gate.clean(rawName, field: "name"))?.trimmingWhitespace() ?? ""
            self.init(line: line, name: shown.isEmpty ? nil : shown, reason: "\(error.field) \(error.reason)")
        }
    }

    /// The valid entries in list order.
    public let entries: [Entry]
    /// The rejected rows in list order.
    public let rejections: [Rejection]
    /// Header columns that were not understood and so were ignored (e.g. `klasse`).
    public let ignoredColumns: [String]

    /// Reads delimited text; throws for an empty, oversized or undecodable list, never for a bad row.
    public init(bytes: [UInt8]) throws(ValidationError) {
        try self.init(table: ListTable(text: bytes, maxBytes: Self.maxBytes))
    }

    /// Reads the rows of `table` (text or a spreadsheet's sheet); throws for an empty or overlong list, never for a bad row.
    public init(table: ListTable) throws(ValidationError) {
        let (records, layout) = try ListRows.read(table, maxRows: Self.maxRows, extra: [])
        var entries: [Entry] = [], rejections: [Rejection] = [], firstLine: [String: Int] = [:]
        for record in records {
            let cells = (layout ?? .positional).cells(of: record.fields)
            do throws(ValidationError) {
                let name = try PersonName(cells.name)
                let entry = Entry(
                    line: record.line, name: name, role: try MemberRole(listCell: cells.role),
                    email: cells.email.allSatisfy(\.isWhitespace) ? nil : try EmailAddress(cells.email)
                )
                if let earlier = firstLine[entry.key] {
                    rejections.append(Rejection(line: record.line, name: name.value, reason: "duplicate of line \(earlier)"))
                } else {
                    firstLine[entry.key] = record.line
                    entries.append(entry)
                }
            } catch {
                rejections.append(Rejection(line: record.line, rawName: cells.name, error: error))
            }
        }
        self.entries = entries
        self.rejections = rejections
        ignoredColumns = layout?.ignored ?? []
    }
}
