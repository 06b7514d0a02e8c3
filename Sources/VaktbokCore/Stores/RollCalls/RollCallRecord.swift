import Foundation

/// A roll call at a site: the snapshot's size and its anonymous figures, which outlive the visits it named.
public struct RollCallRecord: StoredRecord, Codable, Equatable, Sendable {
    public var id: Int64?
    public var siteId: Int64
    public var kind: RollCallKind
    /// Where people gather, as told in the evacuation SMS.
    public var assemblyPoint: String?
    public var startedAt: Date
    /// The staff member who started it.
    public var startedBy: Int64?
    public var endedAt: Date?
    public var endedBy: Int64?
    /// How many people were on site in the snapshot.
    public var total: Int
    /// When the last missing person was accounted for (nil while anyone is missing).
    public var fullCountAt: Date?
    /// How many were not accounted for when it ended (kept when the entries go with their visits).
    public var missingAtEnd: Int?

    /// A record with the given fields.
    public init(
        id: Int64? = nil, siteId: Int64, kind: RollCallKind, assemblyPoint: String?, startedAt: Date, startedBy: Int64?,
        endedAt: Date? = nil, endedBy: Int64? = nil, total: Int, fullCountAt: Date? = nil
    ) {
        (self.id, self.siteId, self.kind, self.assemblyPoint, self.startedAt, self.startedBy) = (
            id, siteId, kind, assemblyPoint, startedAt, startedBy
        )
        (self.endedAt, self.endedBy, self.total, self.fullCountAt) = (endedAt, endedBy, total, fullCountAt)
    }

    /// Seconds from the start until everyone was accounted for, if they were.
    public var secondsToFullCount: Double? { fullCountAt.map { $0.timeIntervalSince(startedAt) } }
}
