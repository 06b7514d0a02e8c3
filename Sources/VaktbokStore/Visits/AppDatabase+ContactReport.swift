import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The contact-tracing report of site `siteID` over the last `days` local days (1 to the site's
    /// retention), or the contacts of `visitor`; its audit entry is written in the same transaction.
    public func contactReport(
        siteID: Int64, days: Int, visitor: VisitorKey?, now: Date, actor: AuditActor, format: String
    ) async throws -> ContactReport {
        try await write { db in
            guard let site = try SiteRecord.fetchOne(db, key: siteID) else { throw StoreError.notFound(entity: "site", field: "site") }
            let retention = site.visitRetentionDays
            guard (1...retention).contains(days) else {
                throw ValidationError(
                    field: "days",
                    reason: "must be between 1 and \(retention): visits older than the site's \(retention)-day retention no longer exist"
                )
            }
            let windowStart = LocalDay(timeZone: site.zone).start(daysBefore: days, now)
            let visits = try Self.visitsOverlapping(siteID: siteID, from: windowStart, to: now, in: db)
            var entries = visits.map { Self.entry($0, overlap: nil) }
            var indexIDs: [Int64]?
            if let visitor {
                let index = visits.filter {
                    switch visitor {
                    case let .visit(id): $0.visit.id == id
                    case let .phone(phone): $0.visit.visitorPhone == phone.e164
                    }
                }
                guard !index.isEmpty else { throw StoreError.notFound(entity: "visit in this window", field: "visitor") }
                let minutes = ContactTracing.overlapMinutes(index: index.map(\.stay), others: visits.map(\.stay), now: now)
                entries = visits.compactMap { visit in minutes[visit.visit.rowID].map { Self.entry(visit, overlap: $0) } }
                indexIDs = index.map(\.visit.rowID)
            }
            var details: [String: AuditValue] = [
                "days": .number(days), "rows": .number(entries.count), "format": .word(format),
                "mode": .word(visitor == nil ? "site" : "contacts"),
            ]
            if let indexIDs { details["indexVisitIds"] = .ids(indexIDs) }
            try Self.audit("contact-report", actor: actor, siteID: siteID, details: details, at: now, in: db)
            return ContactReport(
                site: site.code, siteName: site.name, timeZone: site.zone, days: days, windowStart: windowStart,
                generatedAt: now, indexVisitIds: indexIDs, entries: entries
            )
        }
    }

    /// Visits at the site on site at any moment from `start` to `end`, earliest first.
    static func visitsOverlapping(siteID: Int64, from start: Date, to end: Date, in db: Database) throws -> [VisitDetails] {
        try VisitDetails.fetchAll(db, sql: overlappingSQL, arguments: ["site": siteID, "start": start, "end": end])
    }

    /// Visits of `:site` on site at any moment from `:start` to `:end`; the retention index serves it.
    package static let overlappingSQL =
        VisitDetails.baseSQL + """
             WHERE visit.site_id = :site AND visit.checked_in_at <= :end
               AND (COALESCE(visit.checked_out_at, visit.checked_in_at) >= :start OR visit.checked_out_at IS NULL)
             ORDER BY visit.checked_in_at
            """

    private static func entry(_ details: VisitDetails, overlap: Int?) -> ContactReport.Entry {
        let visit = details.visit
        return ContactReport.Entry(
            visitId: visit.rowID, name: visit.visitorName, phone: visit.visitorPhone, host: details.hostName,
            checkedInAt: visit.checkedInAt, checkedOutAt: visit.checkedOutAt, checkoutKind: visit.checkoutKind?.rawValue,
            group: nil, overlapMinutes: overlap
        )
    }
}

extension VisitDetails {
    /// The visit's time on site.
    var stay: ContactTracing.Stay {
        ContactTracing.Stay(id: visit.rowID, start: visit.checkedInAt, end: visit.checkedOutAt)
    }
}
