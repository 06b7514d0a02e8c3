import Foundation

/// An employee visitors come to see (row of `host`).
public struct HostRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var siteId: Int64
    public var name: String
    public var phone: String?
    public var email: String?
    public var active: Bool
    public var createdAt: Date
    /// When the host was deactivated (left the company); the purge forgets them a retention window later.
    public var deactivatedAt: Date?
    /// The employee number a directory import knows the host by, if any.
    public var employeeNumber: String?

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, siteId: Int64, name: String, phone: String? = nil, email: String? = nil, active: Bool, createdAt: Date,
        deactivatedAt: Date? = nil, employeeNumber: String? = nil
    ) {
        self.id = id
        self.siteId = siteId
        self.name = name
        self.phone = phone
        self.email = email
        self.active = active
        self.createdAt = createdAt
        self.deactivatedAt = deactivatedAt
        self.employeeNumber = employeeNumber
    }
}
