import Foundation

/// What the privacy officer reads: the audit log, holds (and releasing one) and the state of storage, delivery and purge.
public protocol ReportStore: Sendable {
    /// Audit entries newest first, as `query` narrows them.
    func auditEntries(_ query: AuditQuery) async throws -> [AuditRecord]
    /// Holds in force at `now`, of one site when `siteID` is given.
    func activeHolds(siteID: Int64?, now: Date) async throws -> [HoldRecord]
    /// Per site id, how many holds are in force at `now` (sites with none are left out).
    func activeHoldCounts(now: Date) async throws -> [Int64: Int]
    /// Ends hold `id` early (audited); 404 when the actor may not see its visit's site, 409 when it is no longer in force.
    func releaseHold(id: Int64, actor: AuditActor, now: Date) async throws -> HoldRecord
    /// The storage settings read back from a live connection.
    func health() async throws -> StorageSettings
    /// Throws the `StoreError` that keeps the store from serving (migrations pending, not writable).
    func checkReady() async throws
    /// Outgoing messages per status.
    func outboxCounts() async throws -> [String: Int]
    /// The last purge's receipt, if any.
    func lastReceipt() async throws -> PurgeReport?
    /// Per site id, the check-in time of its oldest visit kept.
    func oldestVisitCheckIns() async throws -> [Int64: Date]
    /// Recomputes the purge receipts' hash chain (as `vaktbok verify` does).
    func verifyReceipts() async throws -> ReceiptCheck
    /// Per site code, visits kept past their rule at `now` and not held (as `vaktbok verify` counts them).
    func overdueVisits(now: Date) async throws -> [String: Int]
}
