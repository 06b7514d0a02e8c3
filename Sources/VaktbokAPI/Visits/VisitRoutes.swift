import Foundation
import Hummingbird
import VaktbokCore

/// Check-in (`POST /visits`), lookup (`GET /visits/{id}`) and check-out by badge (`POST /checkout`).
struct VisitRoutes {
    let store: any VisitStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("visits") { request, context -> EditedResponse<VisitResponse> in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: CheckInRequest.self, context: context)
            let name = try PersonName(body.name)
            let phone = try PhoneNumber(body.phone)
            let notice = try body.privacyNoticeVersion.map(Self.noticeVersion)
            let site = try await scope.site(for: staff, requested: body.site)
            let details = try await store.checkIn(
                siteID: site.rowID, hostID: body.hostId, name: name, phone: phone,
                badgeCode: .random(), staffID: staff.staffID, now: config.now(), privacyNoticeVersion: notice
            )
            context.logger.info("checked in", metadata: ["visit.id": "\(details.visit.rowID)"])
            return EditedResponse(status: .created, response: VisitResponse(details))
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

    /// 1–32 letters, digits, `.` or `-`.
    private static func noticeVersion(_ raw: String) throws -> String {
        guard (1...32).contains(raw.count), raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
            throw APIError(.badRequest, "privacyNoticeVersion must be 1 to 32 letters, digits, '.' or '-'", field: "privacyNoticeVersion")
        }
        return raw
    }
}
