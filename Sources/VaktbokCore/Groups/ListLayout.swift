/// Which columns of a list hold the name (or first and last name), the role, the e-mail address and (in invite and
/// host lists) the mobile number and (in host lists) the employee number.
struct ListLayout: Sendable {
    /// Columns only some lists read; in the others such a header is reported as ignored.
    enum Extra: Sendable { case phone, employeeID }

    /// The texts of one row, by meaning.
    struct Cells {
        let name: String
        let role: String
        let email: String
        let phone: String
        let employeeID: String
    }

    /// The name column, or adjacent columns under one merged header cell, read together.
    private var name: [Int] = []
    private var firstName: Int?
    private var lastName: Int?
    private var role: Int?
    private var email: Int?
    private var phone: Int?
    private var employeeID: Int?
    /// Header cells that matched nothing.
    private(set) var ignored: [String] = []

    /// A school list without a header: name, then role, then e-mail.
    static let positional = ListLayout(name: 0, role: 1, email: 2, phone: nil)
    /// An invite list without a header: name, then mobile, then e-mail.
    static let positionalWithPhone = ListLayout(name: 0, role: nil, email: 2, phone: 1)

    private init(name: Int, role: Int?, email: Int?, phone: Int?) {
        self.name = [name]
        self.role = role
        self.email = email
        self.phone = phone
    }

    /// The layout a header row declares; nil when `header` is not one (it has no name column). Phone and employee
    /// number columns are read only when `extra` names them; otherwise they are reported as ignored. A name label
    /// repeated in adjacent columns (a spreadsheet's merged header cell) names those columns together.
    init?(header: DelimitedText.Record, extra: Set<Extra>) {
        for (index, cell) in header.fields.enumerated() {
            let label = cell.trimmingWhitespace().lowercased()
            switch label {
            case "name", "navn", "full name", "fullt navn", "elevnavn": if name.isEmpty || name.last == index - 1 { name.append(index) }
            case "first name", "fornavn": firstName = index
            case "last name", "surname", "etternavn": lastName = index
            case "role", "rolle", "type": role = index
            case "email", "e-mail", "e-post", "epost", "mail": email = index
            case _ where extra.contains(.phone) && Self.phoneLabels.contains(label): phone = index
            case _ where extra.contains(.employeeID) && Self.employeeIDLabels.contains(label): employeeID = index
            default: if !label.isEmpty && !ignored.contains(label) { ignored.append(label) }
            }
        }
        guard !name.isEmpty || (firstName != nil && lastName != nil) else { return nil }
    }

    /// The header labels of a mobile number column.
    private static let phoneLabels: Set = ["phone", "mobile", "mobil", "telefon", "mobilnummer", "telefonnummer"]
    /// The header labels of an employee number column.
    private static let employeeIDLabels: Set = ["ansattnummer", "ansattnr", "ansatt-id", "employee id", "employee number", "employeeid"]

    /// The cells of `fields` that this layout names; missing columns read as empty.
    func cells(of fields: [String]) -> Cells {
        func cell(_ index: Int?) -> String {
            guard let index, fields.indices.contains(index) else { return "" }
            return fields[index]
        }
        let fullName = (name.isEmpty ? [cell(firstName), cell(lastName)] : name.map { cell($0) }).joined(separator: " ")
        return Cells(name: fullName, role: cell(role), email: cell(email), phone: cell(phone), employeeID: cell(employeeID))
    }
}
