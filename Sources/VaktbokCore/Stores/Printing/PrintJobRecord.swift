import Foundation

/// A badge print job (row of `print_job`): which printer, how far it got, and when to try again. The badges it prints
/// are its visits (`print_job_visit`), rendered when the job is sent, so no badge file waits on disk.
public struct PrintJobRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var siteId: Int64
    /// Nil once the printer was removed; the job then fails.
    public var printerId: Int64?
    public var status: PrintJobStatus
    /// The printer cannot be reached, or holds the job: the desk is told it waits.
    public var waiting: Bool
    public var attempts: Int
    public var nextAttemptAt: Date
    /// Why the last attempt failed or waits, in words free of personal data.
    public var lastError: String?
    /// The job's id at the printer or CUPS, once accepted.
    public var printerJobId: Int?
    public var createdAt: Date
    public var finishedAt: Date?

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, siteId: Int64, printerId: Int64?, status: PrintJobStatus = .queued, waiting: Bool = false, attempts: Int = 0,
        nextAttemptAt: Date, lastError: String? = nil, printerJobId: Int? = nil, createdAt: Date, finishedAt: Date? = nil
    ) {
        self.id = id
        self.siteId = siteId
        self.printerId = printerId
        self.status = status
        self.waiting = waiting
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.printerJobId = printerJobId
        self.createdAt = createdAt
        self.finishedAt = finishedAt
    }
}

/// How far a print job got.
public enum PrintJobStatus: String, Codable, Sendable {
    /// Not yet accepted by the printer.
    case queued
    /// Accepted by the printer or CUPS, not yet reported done.
    case sent
    case printed
    /// Refused, cancelled or aborted at the printer, or given up.
    case failed
    /// Cancelled at the desk while the printer holds it: Cancel-Job is still to reach the printer.
    case cancelling
    /// Cancelled at the desk (or because its visits were erased) before it printed.
    case cancelled

    /// Whether the job has ended, one way or another.
    public var isFinal: Bool { self == .printed || self == .failed || self == .cancelled }
}

/// A print job as the desk follows it, with the printer's name and how many badges it holds.
public struct PrintJobDetails: Sendable, Equatable {
    public let job: PrintJobRecord
    public let printerName: String?
    public let badges: Int

    /// Creates the value from its parts.
    public init(job: PrintJobRecord, printerName: String?, badges: Int) {
        self.job = job
        self.printerName = printerName
        self.badges = badges
    }
}
