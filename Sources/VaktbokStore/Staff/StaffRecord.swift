import Foundation
import GRDB
import VaktbokCore

/// A staff login (row of `staff`); the password is kept only as a bcrypt hash.
public struct StaffRecord: SnakeCaseRecord, Sendable, Equatable {
    public static let databaseTableName = "staff"
    public var id: Int64?
    public var username: String
    public var passwordHash: String
    public var role: Role
    public var siteId: Int64?
    public var createdAt: Date

    /// Column names for queries.
    public enum Columns {
        public static let username = Column("username")
    }
}
