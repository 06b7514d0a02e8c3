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
            var entries = visits
            var indexIDs: [Int64]?
            if let visitor {
                let index = visits.filter {
                    switch visitor {
                    case let .visit(id): $0.visitId == id
                    case let .phone(phone): $0.phone == phone.e164
                    }
                }
                guard !index.isEmpty else { throw StoreError.notFound(entity: "visit in this window", field: "visitor") }
                let minutes = ContactTracing.overlapMinutes(index: index.map(\.stay), others: visits.map(\.stay), now: now)
                entries = visits.compactMap { visit in minutes[visit.visitId].map { visit.overlapping(minutes: $0) } }
                indexIDs = index.map(\.visitId)
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

    /// Visits at the site on site at any moment from `start` to `end`, earliest first, as report entries read by
    /// column position from the statement's current row (the report's rows are many; no row is copied, no record
    /// decoded by name).
    static func visitsOverlapping(siteID: Int64, from start: Date, to end: Date, in db: Database) throws -> [ContactReport.Entry] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: overlappingSQL), arguments: ["site": siteID, "start": start, "end": end])
        var entries: [ContactReport.Entry] = []
        while let row = try rows.next() {
            entries.append(
                ContactReport.Entry(
                    visitId: row[0], name: row[1], phone: row[2], host: row[3], checkedInAt: row[4], checkedOutAt: row[5], checkoutKind: row[6],
                    group: nil, overlapMinutes: nil))
        }
        return entries
    }

    /// Visits of `:site` on site at any moment from `:start` to `:end`, with what the report shows of them; the
    /// retention index serves it.
    package static let overlappingSQL = """
        SELECT visit.id, visit.visitor_name, visit.visitor_phone, host.name, visit.checked_in_at, visit.checked_out_at, visit.checkout_kind
        FROM visit JOIN host ON host.id = visit.host_id
        WHERE visit.site_id = :site AND visit.checked_in_at <= :end
          AND (COALESCE(visit.checked_out_at, visit.checked_in_at) >= :start OR visit.checked_out_at IS NULL)
        ORDER BY visit.checked_in_at
        """
}

extension ContactReport.Entry {
    /// The visit's time on site.
    var stay: ContactTracing.Stay {
        ContactTracing.Stay(id: visitId, start: checkedInAt, end: checkedOutAt)
    }

    /// The same entry with the minutes it overlapped the index visitor's.
    func overlapping(minutes: Int) -> Self {
        Self(
            visitId: visitId, name: name, phone: phone, host: host, checkedInAt: checkedInAt, checkedOutAt: checkedOutAt,
            checkoutKind: checkoutKind, group: group, overlapMinutes: minutes)
    }
}
