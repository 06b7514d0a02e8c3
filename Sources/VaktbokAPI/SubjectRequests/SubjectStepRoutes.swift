import Foundation
import Hummingbird
import VaktbokCore

/// The steps on one request: verification by SMS code or by another method, find, export, rectify, erase, restrict.
struct SubjectStepRoutes {
    let store: any SubjectRequestStore
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("requests/{id}/verify") { _, context -> Response in
            let staff = try context.require(.privacyWork)
            try await store.sendVerificationCode(requestID: try context.pathID(of: "request"), actor: staff.actor, now: config.now())
            return try ["sent": true].personalJSON(context, status: .accepted)
        }
        group.post("requests/{id}/verify/confirm") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let code = try await request.decodeJSON(as: NoteRequest.self, context: context).code ?? ""
            guard code.count == 6, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else {
                throw APIError(.badRequest, "code must be the 6 digits from the SMS", field: "code")
            }
            switch try await store.confirmVerificationCode(
                requestID: try context.pathID(of: "request"), code: code, actor: staff.actor, now: config.now())
            {
            case .verified:
                return try RequestResponse(try await store.request(id: try context.pathID(of: "request"), actor: staff.actor), now: config.now())
                    .personalJSON(context)
            case let .wrong(left): throw APIError(.badRequest, "the code is wrong; \(left) tries left", field: "code")
            case .locked:
                throw APIError(
                    .conflict, "verification by SMS is locked after \(SubjectRequestRecord.maxCodeAttempts) wrong codes; verify another way")
            case .expired: throw APIError(.conflict, "no valid code: it expired after 15 minutes or none was sent; send a new one")
            }
        }
        group.post("requests/{id}/verify/manual") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let body = try await request.decodeJSON(as: NoteRequest.self, context: context)
            let method = try ShortNote(body.method, field: "method").value
            let covers = try Set(
                (body.covers ?? []).map { raw in
                    guard let identifier = SubjectIdentifier(rawValue: raw) else {
                        throw APIError(.badRequest, "covers must list phone, email and/or name", field: "covers")
                    }
                    return identifier
                })
            let record = try await store.verifyManually(
                requestID: try context.pathID(of: "request"), method: method, covers: covers, actor: staff.actor, now: config.now()
            )
            return try RequestResponse(record, now: config.now()).personalJSON(context)
        }
        group.get("requests/{id}/records") { _, context -> Response in
            let staff = try context.require(.privacyWork)
            return try await store.findSubject(requestID: try context.pathID(of: "request"), actor: staff.actor, now: config.now()).personalJSON(
                context)
        }
        group.get("requests/{id}/export") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let format = try ResponseFormat.negotiate(request)
            guard format != .csv else { throw APIError(.badRequest, "format must be json or html", field: "format") }
            let export = try await store.exportSubject(requestID: try context.pathID(of: "request"), actor: staff.actor, now: config.now())
            context.logger.info("subject export", metadata: ["request.id": "\(export.request.id)", "records": "\(export.records.count)"])
            return format == .html
                ? .personalData(ByteBuffer(string: export.html()), type: "text/html; charset=utf-8")
                : .personalData(ByteBuffer(data: try export.json()), type: "application/json", filename: "vaktbok-export-\(export.request.id).json")
        }
        group.post("requests/{id}/rectify") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let body = try await request.decodeJSON(as: RectifyRequest.self, context: context)
            guard body.name != nil || body.phone != nil else { throw APIError(.badRequest, "give the corrected name and/or phone", field: "name") }
            let changed = try await store.rectifySubject(
                requestID: try context.pathID(of: "request"), name: try body.name.map { try PersonName($0) },
                phone: try body.phone.map { try PhoneNumber($0) },
                actor: staff.actor, now: config.now()
            )
            return try ["records": changed].personalJSON(context)
        }
        group.post("requests/{id}/erase") { _, context -> Response in
            let staff = try context.require(.privacyWork)
            let requestID = try context.pathID(of: "request")
            let erased = try await store.eraseSubject(requestID: requestID, actor: staff.actor, now: config.now())
            context.logger.info("subject erased", metadata: ["request.id": "\(requestID)"])
            return try erased.personalJSON(context)
        }
        group.post("requests/{id}/restrict") { request, context -> Response in
            let staff = try context.require(.privacyWork)
            let body = try await request.decodeJSON(as: NoteRequest.self, context: context)
            let reason = try ShortNote(body.reason, field: "reason").value
            let until = try CalendarDate(body.until ?? "", field: "until").end(in: TimeZoneName.oslo)
            let held = try await store.restrictSubject(
                requestID: try context.pathID(of: "request"), reason: reason, endsAt: until, actor: staff.actor, now: config.now())
            return try ["visitsHeld": held].personalJSON(context)
        }
    }
}
