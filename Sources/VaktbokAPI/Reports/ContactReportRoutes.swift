import Foundation
import Hummingbird
import VaktbokCore

/// The contact-tracing report, `GET` or `POST /api/v1/sites/{code}/contact-report` (privacy, admin), and the audit
/// log, `GET /api/v1/audit`.
struct ContactReportRoutes {
    let store: any VisitStore & ReportStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("sites/{code}/contact-report") { request, context -> Response in
            let query = try request.formQuery()
            let days = try query["days"].map { raw in
                guard let days = Int(raw) else { throw APIError(.badRequest, "days must be a whole number", field: "days") }
                return days
            }
            return try await report(request, context, days: days, visitor: query["visitor"])
        }
        group.post("sites/{code}/contact-report") { request, context -> Response in
            let body = try await request.decodeJSON(as: ContactReportRequest.self, context: context)
            return try await report(request, context, days: body.days, visitor: body.visitor)
        }
        group.get("audit") { request, context -> [AuditEntryResponse] in
            let staff = try context.require(.privacyWork)
            return try await store.auditEntries(try AuditFilter.query(from: try request.formQuery(), siteID: staff.siteID)).map(
                AuditEntryResponse.init)
        }
    }

    /// The contact report of the path's site over `days` (default: the site's retention), or of the visits that
    /// overlapped `visitor`'s (a visit id or phone), as JSON, CSV or printable HTML; audited by the store.
    private func report(_ request: Request, _ context: AppRequestContext, days: Int?, visitor: String?) async throws -> Response {
        let staff = try context.require(.privacyWork)
        let site = try await scope.site(for: staff, requested: try context.parameters.require("code"))
        let visitor = try visitor.map { try VisitorKey(parsing: $0) }
        let format = try ResponseFormat.negotiate(request)
        let separator = try ResponseFormat.separator(request)
        let report = try await store.contactReport(
            siteID: site.rowID, days: days ?? site.visitRetentionDays, visitor: visitor, now: config.now(), actor: staff.actor, format: "\(format)")
        context.logger.info("contact report", metadata: ["site.id": "\(site.rowID)", "rows": "\(report.entries.count)"])
        switch format {
        case .json: return .personalData(ByteBuffer(data: try report.json()), type: "application/json")
        case .csv:
            let body = ResponseBody { writer in
                for chunk in report.csvChunks(separator: separator) { try await writer.write(ByteBuffer(bytes: chunk)) }
                try await writer.finish(nil)
            }
            return .personalData(body, type: "text/csv; charset=utf-8", filename: "contacts-\(site.code).csv")
        case .html: return .personalData(ByteBuffer(string: report.html()), type: "text/html; charset=utf-8")
        }
    }
}

/// `POST /api/v1/sites/{code}/contact-report` body: the visitor's phone stays out of the URL and the logs.
struct ContactReportRequest: Decodable {
    let days: Int?
    let visitor: String?
}
