import Foundation
import HTTPTypes
import Hummingbird
import VaktbokCore

/// Check-in (`POST /visits`), lookup (`GET /visits/{id}`) and check-out by badge (`POST /checkout`).
struct VisitRoutes {
    let store: any VisitStore
    let scope: SiteScope
    let config: APIConfig
    let autoPrint: AutoPrint

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("visits") { request, context -> EditedResponse<VisitResponse> in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: CheckInRequest.self, context: context)
            let name = try PersonName(body.name)
            let phone = try PhoneNumber(body.phone)
            let notice = try body.privacyNoticeVersion.map(Self.noticeVersion)
            let key = try Self.idempotencyKey(request)
            let siteID = try await scope.siteID(for: staff, requested: body.site)
            let visit = NewVisit(
                siteID: siteID, hostID: body.hostId, name: name, phone: phone, badgeCode: .random(), staffID: staff.staffID,
                privacyNoticeVersion: notice, idempotencyKey: key, allowDuplicate: body.confirmDuplicate ?? false,
                ignoreInvite: body.ignoreInvite ?? false)
            let checkIn = try await store.checkIn(visit, now: config.now())
            let id = checkIn.details.visit.rowID
            context.logger.info(checkIn.replayed ? "check-in replayed" : "checked in", metadata: ["visit.id": "\(id)"])
            var headers: HTTPFields = [:]
            if checkIn.replayed { headers[Self.replayed] = "true" }
            var response = VisitResponse(checkIn.details)
            if !checkIn.replayed { response.printJob = await autoPrint.badges(of: [id], siteID: siteID, staff: staff, context: context) }
            return EditedResponse(status: .created, headers: headers, response: response)
        }
        group.get("visits/{id}") { _, context -> VisitResponse in
            VisitResponse(try await scope.visit(in: context))
        }
        group.post("checkout") { request, context -> VisitResponse in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: CheckOutRequest.self, context: context)
            let checkedOut = try await store.checkOut(
                badgeCode: try BadgeCode(body.badgeCode), siteID: staff.siteID, now: config.now()
            )
            context.logger.info("checked out", metadata: ["visit.id": "\(checkedOut.visit.rowID)"])
            return VisitResponse(checkedOut)
        }
        group.post("visits/{id}/checkout") { _, context -> VisitResponse in
            let visit = try await scope.visit(in: context)
            let checkedOut = try await store.checkOut(visitID: visit.visit.rowID, siteID: nil, now: config.now())
            context.logger.info("checked out by hand", metadata: ["visit.id": "\(checkedOut.visit.rowID)"])
            return VisitResponse(checkedOut)
        }
    }

    /// `Idempotency-Key`: the client's key for one check-in, so that a retried or doubled request makes one visit.
    static let idempotencyKeyField = HTTPField.Name("Idempotency-Key")!
    /// `Idempotent-Replayed: true` on the answer to a repeated request.
    static let replayed = HTTPField.Name("Idempotent-Replayed")!

    /// The request's idempotency key: 1–255 visible ASCII characters, or none.
    private static func idempotencyKey(_ request: Request) throws -> String? {
        let values = request.headers[values: idempotencyKeyField]
        guard let key = values.first else { return nil }
        guard values.count == 1, (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw APIError(.badRequest, "Idempotency-Key must be one value of 1 to 255 visible ASCII characters", field: "Idempotency-Key")
        }
        return key
    }

    /// 1–32 letters, digits, `.` or `-`.
    private static func noticeVersion(_ raw: String) throws -> String {
        guard (1...32).contains(raw.count), raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
            throw APIError(.badRequest, "privacyNoticeVersion must be 1 to 32 letters, digits, '.' or '-'", field: "privacyNoticeVersion")
        }
        return raw
    }
}
