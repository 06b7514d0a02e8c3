import Foundation
import Hummingbird
import VaktbokCore

/// Evacuation roll calls (reception, admin, fire wardens): start with a snapshot of who is on site, mark people
/// accounted for from several phones, end with a printable report.
struct RollCallRoutes {
    let store: any RollCallStore & SiteStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("rollcalls") { request, context -> Response in
            let staff = try context.require(.rollCall)
            let body = try await request.decodeJSON(as: StartRollCallRequest.self, context: context)
            let site = try await scope.site(for: staff, requested: body.site)
            guard let kind = RollCallKind(rawValue: body.kind) else {
                throw APIError(.badRequest, "kind must be evacuation or drill", field: "kind")
            }
            let assemblyPoint = try body.assemblyPoint.map { try Self.assemblyPoint($0) }
            let details = try await store.startRollCall(
                NewRollCall(siteID: site.rowID, kind: kind, assemblyPoint: assemblyPoint, notify: body.notify ?? false, staffID: staff.staffID),
                now: config.now())
            context.logger.info("roll call started", metadata: ["rollCall.id": "\(details.rollCall.rowID)", "total": "\(details.rollCall.total)"])
            return try RollCallResponse(details, site: site.code).personalJSON(context, status: .created)
        }
        group.get("rollcalls/current") { request, context -> Response in
            let staff = try context.require(.rollCall)
            let site = try await scope.site(for: staff, requested: try request.formQuery()["site"])
            let open = try await store.openRollCall(siteID: site.rowID).map { RollCallResponse($0, site: site.code) }
            return try CurrentRollCallResponse(site: site.code, siteName: site.name, timeZone: site.zone.identifier, rollCall: open)
                .personalJSON(context)
        }
        group.get("rollcalls/{id}") { _, context -> Response in
            let (staff, site) = try await caller(context)
            let details = try await readable(try context.pathID(of: "rollCall"), by: staff)
            return try RollCallResponse(details, site: try await site(details)).personalJSON(context)
        }
        group.put("rollcalls/{id}/entries/{visitId}") { request, context -> Response in
            let (staff, site) = try await caller(context)
            let body = try await request.decodeJSON(as: MarkRequest.self, context: context)
            let markedAt = try body.markedAt.map { raw in
                guard let date = try? Date(raw, strategy: .iso8601) else {
                    throw APIError(.badRequest, "markedAt must be an ISO 8601 time such as 2026-12-01T10:15:00Z", field: "markedAt")
                }
                return date
            }
            let details = try await store.markRollCall(
                id: try context.pathID(of: "rollCall"), visitID: try context.pathID(of: "visit", parameter: "visitId"),
                accounted: body.accounted, siteID: staff.siteID, staffID: staff.staffID, markedAt: markedAt, now: config.now())
            return try RollCallResponse(details, site: try await site(details)).personalJSON(context)
        }
        group.post("rollcalls/{id}/end") { _, context -> Response in
            let (staff, site) = try await caller(context)
            let details = try await store.endRollCall(
                id: try context.pathID(of: "rollCall"), siteID: staff.siteID, staffID: staff.staffID, now: config.now())
            context.logger.info("roll call ended", metadata: ["rollCall.id": "\(details.rollCall.rowID)", "missing": "\(details.missing)"])
            return try RollCallResponse(details, site: try await site(details)).personalJSON(context)
        }
        group.get("rollcalls/{id}/report.html") { _, context -> Response in
            let staff = try context.require(.rollCall)
            let details = try await readable(try context.pathID(of: "rollCall"), by: staff)
            let site = try await store.site(id: details.rollCall.siteId)
            let page = RollCallReport(details: details, site: site, generatedAt: config.now()).html()
            return Response.personalData(ByteBuffer(string: page), type: "text/html; charset=utf-8")
        }
    }

    /// How long after its end a fire warden may still read a roll call's names (for the report); the desk and
    /// admins keep access as long as the visits are kept.
    static let wardenReadWindow: TimeInterval = 24 * 3_600

    /// Roll call `id` if `staff` may read it: at their site, and for a fire warden while open or within a day of its end.
    private func readable(_ id: Int64, by staff: StaffIdentity) async throws -> RollCallDetails {
        let details = try await store.rollCall(id: id, siteID: staff.siteID)
        if staff.role == .firewarden, let ended = details.rollCall.endedAt, config.now().timeIntervalSince(ended) > Self.wardenReadWindow {
            throw StoreError.notFound(entity: "roll call", field: "id")
        }
        return details
    }

    /// The assembly point through the label gate, and never a link (the SMS goes to everyone on site).
    private static func assemblyPoint(_ raw: String) throws -> Label {
        let label = try Label(raw, field: "assemblyPoint")
        let lowered = label.value.lowercased()
        guard !["://", "www.", "http"].contains(where: lowered.contains) else {
            throw APIError(.badRequest, "assemblyPoint may not hold a link", field: "assemblyPoint")
        }
        return label
    }

    /// The caller (who may run roll calls) and a lookup of a roll call's site code.
    private func caller(_ context: AppRequestContext) async throws -> (StaffIdentity, (RollCallDetails) async throws -> String) {
        let staff = try context.require(.rollCall)
        return (staff, { details in try await store.site(id: details.rollCall.siteId).code })
    }
}
