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
        var header = ["visitId", "name", "phone", "host", "checkedIn", "checkedOut", "status", "group"]
        if indexVisitIds != nil { header.append("overlapMinutes") }
        let rows = entries.map { entry in
            var row = [
                String(entry.visitId), entry.name, entry.phone, entry.host, local(entry.checkedInAt),
                entry.checkedOutAt.map(local) ?? "", entry.status, entry.group ?? "",
            ]
            if indexVisitIds != nil { row.append(entry.overlapMinutes.map(String.init) ?? "") }
            return row
        }
        return CSVWriter(separator: separator).document(header: header, rows: rows)
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
        visits = report.entries.map {
            Entry(
                visitId: $0.visitId, name: $0.name, phone: $0.phone, host: $0.host, checkedIn: report.local($0.checkedInAt),
                checkedOut: $0.checkedOutAt.map(report.local), status: $0.status, group: $0.group, overlapMinutes: $0.overlapMinutes
            )
        }
    }
}
