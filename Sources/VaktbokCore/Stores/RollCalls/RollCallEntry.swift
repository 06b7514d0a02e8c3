import Foundation

/// One person in a roll call's snapshot (personal data of the visit, deleted with it) and whether they are accounted for.
public struct RollCallEntry: Equatable, Sendable {
    public let visitId: Int64
    public let name: String
    public let host: String
    public let checkedInAt: Date
    public let accountedAt: Date?
    /// The staff member who marked them.
    public let accountedBy: Int64?

    /// An entry with the given fields.
    public init(visitId: Int64, name: String, host: String, checkedInAt: Date, accountedAt: Date?, accountedBy: Int64?) {
        (self.visitId, self.name, self.host, self.checkedInAt, self.accountedAt, self.accountedBy) = (
            visitId, name, host, checkedInAt, accountedAt, accountedBy
        )
    }
}
