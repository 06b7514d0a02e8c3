import Foundation

/// What the privacy officer reads: the audit log, active holds and the state of storage, delivery and purge.
public protocol ReportStore: Sendable {
    /// Audit entries newest first, of one site when `siteID` is given, before `beforeID` when paging.
    func auditEntries(siteID: Int64?, limit: Int, beforeID: Int64?) async throws -> [AuditRecord]
    /// Holds in force at `now`, of one site when `siteID` is given.
    func activeHolds(siteID: Int64?, now: Date) async throws -> [HoldRecord]
    /// The storage settings read back from a live connection.
    func health() async throws -> StorageSettings
    /// Throws the `StoreError` that keeps the store from serving (migrations pending, not writable).
    func checkReady() async throws
    /// Outgoing messages per status.
    func outboxCounts() async throws -> [String: Int]
    /// The check-in time of the oldest visit kept, if any.
    func oldestVisitCheckIn() async throws -> Date?
    /// The last purge's receipt, if any.
    func lastReceipt() async throws -> PurgeReport?
}
