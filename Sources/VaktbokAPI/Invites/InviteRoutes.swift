import Foundation
import HTTPTypes
import Hummingbird
import VaktbokCore

/// Invites of expected visitors (`/invites`: reception and admin, and site-bound integrations for the invites they
/// made) and their arrival at the desk: one tap on the expected list, or the one scan field (`POST /scan`), where the
/// code decides in or out.
struct InviteRoutes {
    let store: any InviteStore
    let scope: SiteScope
    let config: APIConfig
    let autoPrint: AutoPrint

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("invites") { request, context -> Response in
            let staff = try context.require(.invites)
            let body = try await request.decodeJSON(as: InviteRequest.self, context: context)
            let site = try await scope.site(for: staff, requested: body.site)
            let invite = NewInvite(
                siteID: site.rowID, hostID: try await hostID(body, siteID: site.rowID), name: try PersonName(body.name),
                phone: try PhoneNumber(body.phone), email: try body.email.map { try EmailAddress($0) }, date: try CalendarDate(body.date),
                window: try VisitWindow.optional(from: body.from, until: body.until), staffID: staff.staffID)
            let created = try await store.createInvite(invite, now: config.now())
            context.logger.info(created.existed ? "invite existed" : "invite created", metadata: ["invite.id": "\(created.details.invite.rowID)"])
            var response = try InviteResponse(created.details).personalJSON(context, status: created.existed ? .ok : .created)
            if created.existed { response.headers[VisitRoutes.replayed] = "true" }
            return response
        }
        group.get("invites") { request, context -> Response in
            let staff = try context.require(.invites)
            let query = try request.formQuery()
            let site = try await scope.site(for: staff, requested: query["site"])
            let date = try query["date"].map { try CalendarDate($0) } ?? CalendarDate(of: config.now(), in: site.zone)
            let invites = try await store.invites(siteID: site.rowID, date: date, createdBy: Self.creator(staff)).map(InviteResponse.init)
            return try InviteListResponse(site: site.code, date: date.value, count: invites.count, invites: invites).personalJSON(context)
        }
        group.get("invites/{id}") { _, context -> Response in
            let staff = try context.require(.invites)
            let details = try await store.invite(id: try context.pathID(of: "invite"), siteID: staff.siteID, createdBy: Self.creator(staff))
            return try InviteResponse(details).personalJSON(context)
        }
        group.patch("invites/{id}") { request, context -> Response in
            let staff = try context.require(.invites)
            let body = try await request.decodeJSON(as: RescheduleRequest.self, context: context)
            let details = try await store.rescheduleInvite(
                id: try context.pathID(of: "invite"), siteID: staff.siteID, createdBy: Self.creator(staff), date: try CalendarDate(body.date),
                window: try VisitWindow.optional(from: body.from, until: body.until), actor: staff.actor, now: config.now())
            context.logger.info("invite rescheduled", metadata: ["invite.id": "\(details.invite.rowID)"])
            return try InviteResponse(details).personalJSON(context)
        }
        group.delete("invites/{id}") { _, context -> Response in
            let staff = try context.require(.invites)
            let id = try context.pathID(of: "invite")
            try await store.cancelInvite(id: id, siteID: staff.siteID, createdBy: Self.creator(staff), actor: staff.actor, now: config.now())
            context.logger.info("invite cancelled", metadata: ["invite.id": "\(id)"])
            return Response(status: .noContent)
        }
        group.post("invites/{id}/arrive") { _, context -> Response in
            let staff = try context.require(.frontDesk)
            let checkIn = try await store.arriveInvite(
                id: try context.pathID(of: "invite"), siteID: staff.siteID, staffID: staff.staffID, now: config.now())
            context.logger.info(
                checkIn.replayed ? "invite arrival replayed" : "invite arrived", metadata: ["visit.id": "\(checkIn.details.visit.rowID)"])
            var visit = VisitResponse(checkIn.details)
            if !checkIn.replayed {
                visit.printJob = await autoPrint.badges(of: [visit.id], siteID: checkIn.details.visit.siteId, staff: staff, context: context)
            }
            var response = try visit.personalJSON(context, status: checkIn.replayed ? .ok : .created)
            if checkIn.replayed { response.headers[VisitRoutes.replayed] = "true" }
            return response
        }
        group.post("scan") { request, context -> Response in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: ScanRequest.self, context: context)
            let outcome = try await store.scan(
                code: try BadgeCode(body.code, field: "code"), siteID: staff.siteID, staffID: staff.staffID, now: config.now())
            let (action, visit, status): (String, VisitDetails, HTTPResponse.Status) =
                switch outcome {
                case let .checkedIn(checkIn): ("checkedIn", checkIn.details, checkIn.replayed ? .ok : .created)
                case let .checkedOut(visit): ("checkedOut", visit, .ok)
                case let .alreadyIn(visit): ("alreadyIn", visit, .ok)
                }
            context.logger.info("scanned", metadata: ["action": "\(action)", "visit.id": "\(visit.visit.rowID)"])
            var response = VisitResponse(visit)
            if status == .created {
                response.printJob = await autoPrint.badges(of: [response.id], siteID: visit.visit.siteId, staff: staff, context: context)
            }
            return try ScanResponse(action: action, visit: response).personalJSON(context, status: status)
        }
    }

    /// Whose invites `staff` may see and change: an integration only those it made (a calendar system has no business
    /// with the desk's invites, or with who has arrived for them); everyone else all of their site's.
    private static func creator(_ staff: StaffIdentity) -> Int64? {
        staff.role == .integration ? staff.staffID : nil
    }

    /// The host `body` names by id or by e-mail (one of the two).
    private func hostID(_ body: InviteRequest, siteID: Int64) async throws -> Int64 {
        switch (body.hostId, body.hostEmail) {
        case let (id?, nil): return id
        case let (nil, email?): return try await store.activeHostID(email: try EmailAddress(email, field: "hostEmail"), siteID: siteID)
        default: throw APIError(.badRequest, "give the host as hostId or as hostEmail, one of the two", field: "hostId")
        }
    }

}
