import Foundation
import Hummingbird
import VaktbokCore

/// The data-subject request register and its steps (privacy, admin): register, verify, find, export, rectify,
/// erase, restrict, close; and `GET /holds`.
struct SubjectRequestRoutes {
    let store: any SubjectRequestStore & ReportStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("requests") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let body = try await request.decodeJSON(as: RequestRegistration.self, context: context)
            guard let type = SubjectRequestType(rawValue: body.type) else {
                throw APIError(
                    .badRequest, "type must be one of " + SubjectRequestType.allCases.map(\.rawValue).joined(separator: ", "), field: "type")
            }
            let subject = try SubjectIdentifiers(phone: body.subject.phone, email: body.subject.email, name: body.subject.name)
            let received = try Self.receivedAt(body.receivedAt, now: config.now())
            var siteID = staff.siteID
            if let code = body.site { siteID = try await scope.site(for: staff, requested: code).rowID }
            let record = try await store.registerRequest(
                type: type, subject: subject, siteID: siteID, receivedAt: received, actor: staff.actor, now: config.now()
            )
            return try RequestResponse(record, now: config.now()).personalJSON(context, status: .created)
        }
        group.get("requests") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let raw = try request.formQuery()["status"] ?? "open"
            guard let filter = RequestFilter(rawValue: raw) else {
                throw APIError(.badRequest, "status must be open, overdue, closed or all", field: "status")
            }
            let now = config.now()
            return try await store.requests(filter, actor: staff.actor, now: now).map { RequestResponse($0, now: now) }.personalJSON(context)
        }
        group.get("requests/{id}") { _, context -> Response in
            let staff = try context.require(.privacyWork)
            return try RequestResponse(try await store.request(id: try context.pathID(of: "request"), actor: staff.actor), now: config.now())
                .personalJSON(context)
        }
        group.post("requests/{id}/close") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let outcome = try ShortNote(try await request.decodeJSON(as: NoteRequest.self, context: context).outcome, field: "outcome").value
            let record = try await store.closeRequest(
                id: try context.pathID(of: "request"), outcome: outcome, actor: staff.actor, now: config.now())
            return try RequestResponse(record, now: config.now()).personalJSON(context)
        }
        group.get("holds") { _, context -> [HoldResponse] in
            let staff = try context.require(.privacyWork)
            return try await store.activeHolds(siteID: staff.siteID, now: config.now()).map(HoldResponse.init)
        }
        group.post("holds/{id}/release") { _, context -> HoldResponse in
            let staff = try context.require(.privacyWork)
            return HoldResponse(try await store.releaseHold(id: try context.pathID(of: "hold"), actor: staff.actor, now: config.now()))
        }
        SubjectStepRoutes(store: store, config: config).register(on: group)
    }

    /// When the request came in: an ISO 8601 instant or a local date; not in the future.
    private static func receivedAt(_ raw: String, now: Date) throws -> Date {
        let parsed = (try? Date(raw, strategy: .iso8601)) ?? (try? CalendarDate(raw, field: "receivedAt").start(in: TimeZoneName.oslo))
        guard let parsed else {
            throw APIError(.badRequest, "receivedAt must be an ISO 8601 time or a date yyyy-MM-dd", field: "receivedAt")
        }
        guard parsed <= now.addingTimeInterval(300) else { throw APIError(.badRequest, "receivedAt must not be in the future", field: "receivedAt") }
        return parsed
    }
}
