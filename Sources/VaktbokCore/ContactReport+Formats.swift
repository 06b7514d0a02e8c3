import Foundation

extension ContactReport {
    /// JSON with times in the site's local time and UTC offset.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(JSONReport(self))
    }

    /// CSV for spreadsheets (BOM, `separator`, formula cells neutralised), one row per visit.
    public func csv(separator: Character = ";") -> String {
        String(decoding: csvChunks(separator: separator).reduce(into: []) { $0 += $1 }, as: UTF8.self)
    }

    /// The same CSV as UTF-8, a thousand rows at a time, for an answer sent while it is written.
    public func csvChunks(separator: Character = ";") -> ContactReportCSV {
        ContactReportCSV(self, writer: CSVWriter(separator: separator))
    }
}

/// A contact report's CSV in chunks: the BOM and header row first, then the visits a thousand rows at a time; times
/// are written by `LocalTimestamps`.
public struct ContactReportCSV: Sequence, IteratorProtocol, Sendable {
    private let report: ContactReport
    private let writer: CSVWriter
    private var timestamps: LocalTimestamps
    /// The first entry not yet written; nil before the header.
    private var position: Int?

    init(_ report: ContactReport, writer: CSVWriter) {
        self.report = report
        self.writer = writer
        timestamps = LocalTimestamps(timeZone: report.timeZone)
    }

    /// The next chunk, nil after the last row.
    public mutating func next() -> [UInt8]? {
        guard let start = position else {
            position = 0
            let header = ["visitId", "name", "phone", "host", "checkedIn", "checkedOut", "status", "group"]
            var chunk = Array(CSVWriter.byteOrderMark.utf8)
            writer.appendLine(header + (report.indexVisitIds == nil ? [] : ["overlapMinutes"]), to: &chunk)
            return chunk
        }
        guard start < report.entries.count else { return nil }
        let end = Swift.min(start + 1_000, report.entries.count)
        position = end
        var chunk: [UInt8] = []
        chunk.reserveCapacity((end - start) * 120)
        for entry in report.entries[start..<end] {
            var row = [
                String(entry.visitId), entry.name, entry.phone, entry.host, timestamps.string(for: entry.checkedInAt),
                entry.checkedOutAt.map { timestamps.string(for: $0) } ?? "", entry.status, entry.group ?? "",
            ]
            if report.indexVisitIds != nil { row.append(entry.overlapMinutes.map(String.init) ?? "") }
            writer.appendLine(row, to: &chunk)
        }
        return chunk
    }
}

/// The JSON shape of a report.
struct JSONReport: Codable {
    /// One visit in the JSON report.
    struct Entry: Codable {
        let visitId: Int64
        let name: String
        let phone: String
        let host: String
        let checkedIn: String
        let checkedOut: String?
        let status: String
        let group: String?
        let overlapMinutes: Int?
    }

    let site: String
    let siteName: String
    let timeZone: String
    let days: Int
    let windowStart: String
    let generatedAt: String
    let indexVisitIds: [Int64]?
    let count: Int
    let visits: [Entry]

    init(_ report: ContactReport) {
        site = report.site
        siteName = report.siteName
        timeZone = report.timeZone.identifier
        days = report.days
        windowStart = report.local(report.windowStart)
        generatedAt = report.local(report.generatedAt)
        indexVisitIds = report.indexVisitIds
        count = report.entries.count
        var stamps = LocalTimestamps(timeZone: report.timeZone)
        visits = report.entries.map {
            Entry(
                visitId: $0.visitId, name: $0.name, phone: $0.phone, host: $0.host, checkedIn: stamps.string(for: $0.checkedInAt),
                checkedOut: $0.checkedOutAt.map { stamps.string(for: $0) }, status: $0.status, group: $0.group, overlapMinutes: $0.overlapMinutes
            )
        }
    }
}
