/// Which columns of a list hold the name (or first and last name), the role and the e-mail address.
struct ListLayout: Sendable {
    /// The texts of one row, by meaning.
    struct Cells {
        let name: String
        let role: String
        let email: String
    }

    private var name: Int?
    private var firstName: Int?
    private var lastName: Int?
    private var role: Int?
    private var email: Int?
    /// Header cells that matched nothing.
    private(set) var ignored: [String] = []

    /// A list without a header: name, then role, then e-mail.
    static let positional = ListLayout(name: 0, role: 1, email: 2)

    private init(name: Int?, role: Int?, email: Int?) {
        self.name = name
        self.role = role
        self.email = email
    }

    /// The layout a header row declares; nil when `header` is not one (it has no name column).
    init?(header: DelimitedText.Record) {
        for (index, cell) in header.fields.enumerated() {
            let label = cell.trimmingWhitespace().lowercased()
            switch label {
            case "name", "navn", "full name", "fullt navn", "elevnavn": name = index
            case "first name", "fornavn": firstName = index
            case "last name", "surname", "etternavn": lastName = index
            case "role", "rolle", "type": role = index
            case "email", "e-mail", "e-post", "epost", "mail": email = index
            default: if !label.isEmpty { ignored.append(label) }
            }
        }
        guard name != nil || (firstName != nil && lastName != nil) else { return nil }
    }

    /// The cells of `fields` that this layout names; missing columns read as empty.
    func cells(of fields: [String]) -> Cells {
        func cell(_ index: Int?) -> String {
            guard let index, fields.indices.contains(index) else { return "" }
            return fields[index]
        }
        let fullName = name != nil ? cell(name) : cell(firstName) + " " + cell(lastName)
        return Cells(name: fullName, role: cell(role), email: cell(email))
    }
}
