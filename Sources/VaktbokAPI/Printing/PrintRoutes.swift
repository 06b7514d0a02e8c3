import Foundation
import Hummingbird
import VaktbokCore

/// Badge printers (`/printers`: the kiosk lists them, an admin adds, changes and removes them) and print jobs
/// (`/print-jobs`: print again, follow a job, cancel it when the badge was printed another way).
struct PrintRoutes {
    let store: any PrintStore & SiteStore
    let scope: SiteScope
    let config: APIConfig

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("printers") { request, context -> PrinterListResponse in
            let staff = try context.require(.frontDesk)
            let site = try await scope.site(for: staff, requested: try request.formQuery()["site"])
            let admin = staff.role.permits(.printers)
            return PrinterListResponse(printers: try await store.printers(siteID: site.rowID).map { PrinterResponse($0, showTarget: admin) })
        }
        group.post("printers") { request, context -> EditedResponse<PrinterResponse> in
            let staff = try context.require(.printers)
            let body = try await request.decodeJSON(as: PrinterRequest.self, context: context)
            let site = try await scope.site(for: staff, requested: body.site)
            guard let name = body.name else { throw APIError(.badRequest, "name is required", field: "name") }
            guard let media = body.media else { throw APIError(.badRequest, "media is required", field: "media") }
            let settings = try PrinterSettings(
                name: try Label(name), target: try PrinterTarget(queue: body.queue, ippURL: body.ippUrl), media: try PrintMedia(validating: media),
                dotsPerInch: body.dpi ?? 300, terminals: try Self.terminals(body.terminals ?? []))
            let printer = try await store.addPrinter(siteID: site.rowID, settings, actor: staff.actor, now: config.now())
            context.logger.info("printer added", metadata: ["printer.id": "\(printer.printer.rowID)"])
            return EditedResponse(status: .created, response: PrinterResponse(printer, showTarget: true))
        }
        group.patch("printers/{id}") { request, context -> PrinterResponse in
            let staff = try context.require(.printers)
            let body = try await request.decodeJSON(as: PrinterRequest.self, context: context)
            let id = try context.pathID(of: "printer")
            guard body.site == nil else { throw APIError(.badRequest, "a printer cannot move to another site", field: "site") }
            let current = try await store.printer(id: id, siteID: staff.siteID)
            let target =
                body.queue == nil && body.ippUrl == nil
                ? try PrinterTarget(stored: current.printer.target) : try PrinterTarget(queue: body.queue, ippURL: body.ippUrl)
            let settings = try PrinterSettings(
                name: try Label(body.name ?? current.printer.name), target: target,
                media: try body.media.map { try PrintMedia(validating: $0) } ?? current.printer.media,
                dotsPerInch: body.dpi ?? current.printer.dotsPerInch, terminals: try Self.terminals(body.terminals ?? current.terminals))
            let printer = try await store.updatePrinter(id: id, siteID: staff.siteID, settings, actor: staff.actor, now: config.now())
            context.logger.info("printer changed", metadata: ["printer.id": "\(id)"])
            return PrinterResponse(printer, showTarget: true)
        }
        group.delete("printers/{id}") { _, context -> Response in
            let staff = try context.require(.printers)
            let id = try context.pathID(of: "printer")
            try await store.removePrinter(id: id, siteID: staff.siteID, actor: staff.actor, now: config.now())
            context.logger.info("printer removed", metadata: ["printer.id": "\(id)"])
            return Response(status: .noContent)
        }
        group.post("print-jobs") { request, context -> EditedResponse<PrintJobResponse> in
            let staff = try context.require(.frontDesk)
            let body = try await request.decodeJSON(as: PrintRequest.self, context: context)
            let site = try await scope.site(for: staff, requested: body.site)
            guard let terminal = staff.terminal, let printer = try await store.printer(siteID: site.rowID, terminal: terminal) else {
                throw APIError(.conflict, "this kiosk terminal has no badge printer; print from the browser", field: "terminal")
            }
            let job = try await store.enqueuePrint(visitIDs: body.visitIds, printerID: printer.rowID, actor: staff.actor, now: config.now())
            context.logger.info("badges queued for printing", metadata: ["printJob.id": "\(job.job.rowID)", "badges": "\(job.badges)"])
            return EditedResponse(status: .created, response: PrintJobResponse(job, now: config.now()))
        }
        group.get("print-jobs/{id}") { _, context -> PrintJobResponse in
            let staff = try context.require(.frontDesk)
            return PrintJobResponse(try await store.printJob(id: try context.pathID(of: "print job"), siteID: staff.siteID), now: config.now())
        }
        group.delete("print-jobs/{id}") { _, context -> PrintJobResponse in
            let staff = try context.require(.frontDesk)
            let id = try context.pathID(of: "print job")
            let job = try await store.cancelPrintJob(id: id, siteID: staff.siteID, actor: staff.actor, now: config.now())
            context.logger.info("print job cancelled", metadata: ["printJob.id": "\(id)"])
            return PrintJobResponse(job, now: config.now())
        }
    }

    /// Terminal names through the label gate.
    private static func terminals(_ raw: [String]) throws -> [Label] {
        try raw.map { try Label($0, field: "terminals") }
    }
}
