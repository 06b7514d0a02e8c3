/// A host directory as HR systems export it, read like a school list: each non-blank row becomes a host (name,
/// optional mobile and e-mail, optional employee number) or a rejection with its line. A host is known by employee
/// number, else by e-mail, so a row needs one of them; a key that came earlier in the file is rejected.
public struct HostList: Sendable {
    /// The most rows one directory may have: a company of 20,000 people, ten times a school list.
    public static let maxRows = 20_000
    /// The most bytes one directory may have.
    public static let maxBytes = 4 * 1_048_576

    /// One host, validated.
    public struct Entry: Sendable, Equatable {
        public let line: Int
        public let name: PersonName
        public let phone: PhoneNumber?
        public let email: EmailAddress?
        public let employeeID: Label?

        /// What the host is matched by: `employee:` and the number, else `email:` and the address in lower case.
        public var key: String { employeeID.map { "employee:\($0.value)" } ?? "email:\(email?.value.lowercased() ?? "")" }
    }

    /// The valid hosts in list order.
    public let entries: [Entry]
    /// The rejected rows in list order (line, readable name, reason).
    public let rejections: [NameList.Rejection]
    /// Header columns that were not understood (a department, say) and so were ignored.
    public let ignoredColumns: [String]

    /// Reads delimited text; throws for an empty, oversized or undecodable list, never for a bad row.
    public init(bytes: [UInt8]) throws(ValidationError) {
        try self.init(table: ListTable(text: bytes, maxBytes: Self.maxBytes))
    }

    /// Reads the rows of `table` (text or a spreadsheet's sheet); throws for an empty or overlong list, never for a bad row.
    public init(table: ListTable) throws(ValidationError) {
        let (records, layout) = try ListRows.read(table, maxRows: Self.maxRows, extra: [.phone, .employeeID])
        var entries: [Entry] = [], rejections: [NameList.Rejection] = [], firstLine: [String: Int] = [:]
        for record in records {
            let cells = (layout ?? .positionalWithPhone).cells(of: record.fields)
            do throws(ValidationError) {
                let given = { (text: String) in text.allSatisfy(\.isWhitespace) ? nil : text }
                var phone: PhoneNumber?, email: EmailAddress?, employeeID: Label?
                if let raw = given(cells.phone) { phone = try PhoneNumber(raw) }
                if let raw = given(cells.email) { email = try EmailAddress(raw) }
                if let raw = given(cells.employeeID) { employeeID = try Label(raw, field: "employeeId") }
                let entry = Entry(line: record.line, name: try PersonName(cells.name), phone: phone, email: email, employeeID: employeeID)
                guard entry.employeeID != nil || entry.email != nil else {
                    throw ValidationError(field: "employeeId", reason: "needs an employee number or an e-mail address to be known by")
                }
                if let earlier = firstLine[entry.key] {
                    rejections.append(.init(line: record.line, name: entry.name.value, reason: "the same host as line \(earlier)"))
                } else {
                    firstLine[entry.key] = record.line
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
