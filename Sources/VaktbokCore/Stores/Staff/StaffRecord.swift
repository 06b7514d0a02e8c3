import Foundation

/// A staff login (row of `staff`); the password is kept only as a bcrypt hash.
public struct StaffRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var username: String
    public var passwordHash: String
    public var role: Role
    public var siteId: Int64?
    public var createdAt: Date

    /// Creates the value from its parts.
    public init(id: Int64? = nil, username: String, passwordHash: String, role: Role, siteId: Int64? = nil, createdAt: Date) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
        self.siteId = siteId
        self.createdAt = createdAt
    }
}
