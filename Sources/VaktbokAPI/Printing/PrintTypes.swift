import Foundation
import Hummingbird
import VaktbokCore

/// A print job as the kiosk follows it: `printing`; `delayed` (the printer has it but has not printed it after 10 s:
/// busy, or out of labels, or its CUPS queue cannot reach it); `waiting` (the printer cannot be reached or has
/// stopped; tried again for an hour); `printed`, `failed` or `cancelled`, with the reason when it did not print.
struct PrintJobResponse: ResponseCodable {
    let id: Int64
    let state: String
    let printer: String?
    let badges: Int
    let reason: String?
    let createdAt: Date
    let finishedAt: Date?

    /// After how long a job the printer has, not yet printed, is `delayed`.
    static let delayedAfter: TimeInterval = 10

    init(_ details: PrintJobDetails, now: Date) {
        let job = details.job
        id = job.rowID
        state =
            switch job.status {
            case .printed: "printed"
            case .failed: "failed"
            case .cancelling, .cancelled: "cancelled"
            case _ where job.waiting: "waiting"
            case .sent where now.timeIntervalSince(job.createdAt) > Self.delayedAfter: "delayed"
            case .queued, .sent: "printing"
            }
        printer = details.printerName
        badges = details.badges
        reason = job.status == .printed ? nil : job.lastError
        createdAt = job.createdAt
        finishedAt = job.finishedAt
    }
}

/// `POST /api/v1/print-jobs` body: the visits whose badges to print, at the caller's terminal's printer.
struct PrintRequest: Decodable {
    let visitIds: [Int64]
    let site: String?
}

/// `POST /api/v1/printers` and `PATCH /api/v1/printers/{id}` body; a PATCH keeps what it leaves out.
struct PrinterRequest: Decodable {
    let site: String?
    let name: String?
    /// A CUPS queue on this machine (`lpstat -p`), or …
    let queue: String?
    /// … a network printer's IPP URI.
    let ippUrl: String?
    let media: String?
    let dpi: Int?
    let terminals: [String]?
}

/// A printer: the kiosk sees its name, media and terminals; an admin also where it prints to.
struct PrinterResponse: ResponseCodable {
    let id: Int64
    let site: String
    let name: String
    let media: PrintMedia
    let dpi: Int
    let terminals: [String]
    let queue: String?
    let ippUrl: String?

    init(_ details: PrinterDetails, showTarget: Bool) {
        let printer = details.printer
        id = printer.rowID
        site = details.siteCode
        name = printer.name
        media = printer.media
        dpi = printer.dotsPerInch
        terminals = details.terminals
        let target = showTarget ? try? PrinterTarget(stored: printer.target) : nil
        if case let .queue(name) = target { queue = name } else { queue = nil }
        if case let .ipp(url) = target { ippUrl = url.absoluteString } else { ippUrl = nil }
    }
}

/// The site's printers.
struct PrinterListResponse: ResponseCodable {
    let printers: [PrinterResponse]
}
