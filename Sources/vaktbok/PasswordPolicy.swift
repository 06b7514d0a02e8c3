import VaktbokCore

/// What a staff password must be, and how it is hashed.
enum PasswordPolicy {
    static let bcryptCost: UInt8 = 11

    /// `password` if it is a valid new password (see `Password`).
    static func check(_ password: String) throws -> String {
        try Password(choosing: password).value
    }
}
