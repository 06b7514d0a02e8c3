import Foundation
import Hummingbird
import VaktbokCore

/// `GET /api/v1/sites/{code}/contact-report` (privacy, admin) and `GET /api/v1/audit`.
struct ContactReportRoutes {
    let store: any VisitStore & ReportStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("sites/{code}/contact-report") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let site = try await scope.site(for: staff, requested: try context.parameters.require("code"))
            let query = try request.formQuery()
            let days =
                try query["days"].map { raw in
                    guard let days = Int(raw) else { throw APIError(.badRequest, "days must be a whole number", field: "days") }
                    return days
                } ?? site.visitRetentionDays
            let visitor = try query["visitor"].map { try VisitorKey(parsing: $0) }
            let format = try ResponseFormat.negotiate(request)
            let separator = try ResponseFormat.separator(request)
            let report = try await store.contactReport(
                siteID: site.rowID, days: days, visitor: visitor, now: config.now(),
                actor: staff.actor, format: "\(format)"
            )
            context.logger.info("contact report", metadata: ["site.id": "\(site.rowID)", "rows": "\(report.entries.count)"])
            switch format {
            case .json: return .personalData(ByteBuffer(data: try report.json()), type: "application/json")
            case .csv:
                return .personalData(
                    ByteBuffer(string: report.csv(separator: separator)), type: "text/csv; charset=utf-8", filename: "contacts-\(site.code).csv"
                )
            case .html: return .personalData(ByteBuffer(string: report.html()), type: "text/html; charset=utf-8")
            }
        }
        group.get("audit") { request, context -> [AuditEntryResponse] in
            let staff = try context.require(.privacyWork)
            let query = try request.formQuery()
            let limit =
                try query["limit"].map { raw in
                    guard let limit = Int(raw), (1...500).contains(limit) else {
                        throw APIError(.badRequest, "limit must be 1 to 500", field: "limit")
                    }
                    return limit
                } ?? 100
            let before = try query["before"].map { raw in
                guard let id = Int64(raw) else { throw APIError(.badRequest, "before must be an entry id", field: "before") }
                return id
            }
            return try await store.auditEntries(siteID: staff.siteID, limit: limit, beforeID: before).map(AuditEntryResponse.init)
        }
    }
}
