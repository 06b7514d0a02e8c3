import Foundation
import GRDB
import VaktbokCore

extension AppDatabase {
    /// The site's printers (every site's when nil) with their terminals, by site and name.
    public func printers(siteID: Int64?) async throws -> [PrinterDetails] {
        try await read { db in
            var request = PrinterRecord.order(PrinterRecord.Columns.siteId, PrinterRecord.Columns.name)
            if let siteID { request = request.filter(PrinterRecord.Columns.siteId == siteID) }
            return try request.fetchAll(db).map { try Self.printerDetails($0, in: db) }
        }
    }

    /// Printer `id` with its terminals, if it is at `siteID` (any site when nil).
    public func printer(id: Int64, siteID: Int64?) async throws -> PrinterDetails {
        try await read { db in try Self.printerDetails(try Self.printerRecord(id: id, siteID: siteID, in: db), in: db) }
    }

    /// Adds a printer and points its terminals at it (moving any from another printer of the site); audited.
    public func addPrinter(siteID: Int64, _ settings: PrinterSettings, actor: AuditActor, now: Date) async throws -> PrinterDetails {
        try await write { db in
            guard try SiteRecord.fetchOne(db, key: siteID) != nil else { throw StoreError.notFound(entity: "site", field: "site") }
            var printer = PrinterRecord(
                siteId: siteID, name: settings.name.value, target: settings.target.description, media: settings.media,
                dotsPerInch: settings.dotsPerInch, createdAt: now)
            try Self.saveUniquely(&printer, in: db)
            try Self.assignTerminals(settings.terminals, to: printer, in: db)
            try Self.audit("printer-add", actor: actor, siteID: siteID, details: ["printer": .ids([printer.rowID])], at: now, in: db)
            return try Self.printerDetails(printer, in: db)
        }
    }

    /// Replaces printer `id`'s settings and terminals; audited with the fields, not their values.
    public func updatePrinter(id: Int64, siteID: Int64?, _ settings: PrinterSettings, actor: AuditActor, now: Date) async throws -> PrinterDetails {
        try await write { db in
            var printer = try Self.printerRecord(id: id, siteID: siteID, in: db)
            let before = try Self.printerDetails(printer, in: db)
            printer.name = settings.name.value
            printer.target = settings.target.description
            printer.media = settings.media
            printer.dotsPerInch = settings.dotsPerInch
            try Self.saveUniquely(&printer, in: db)
            try db.execute(sql: "DELETE FROM kiosk_terminal WHERE printer_id = ?", arguments: [id])
            try Self.assignTerminals(settings.terminals, to: printer, in: db)
            let after = try Self.printerDetails(printer, in: db)
            let changed = [
                ("name", before.printer.name != after.printer.name), ("target", before.printer.target != after.printer.target),
                ("media", before.printer.media != after.printer.media), ("dpi", before.printer.dotsPerInch != after.printer.dotsPerInch),
                ("terminals", before.terminals != after.terminals),
            ].filter(\.1).map(\.0)
            try Self.audit(
                "printer-change", actor: actor, siteID: printer.siteId,
                details: ["printer": .ids([id]), "fields": .word(changed.joined(separator: ","))], at: now, in: db)
            return after
        }
    }

    /// Removes printer `id` and its terminals; jobs not yet printed fail, since nothing can print them.
    public func removePrinter(id: Int64, siteID: Int64?, actor: AuditActor, now: Date) async throws {
        try await write { db in
            let printer = try Self.printerRecord(id: id, siteID: siteID, in: db)
            try db.execute(
                sql: """
                    UPDATE print_job SET status = 'failed', waiting = 0, last_error = 'the printer was removed', finished_at = ?
                    WHERE printer_id = ? AND status IN ('queued', 'sent', 'cancelling')
                    """, arguments: [now, id])
            _ = try printer.delete(db)
            try Self.audit("printer-remove", actor: actor, siteID: printer.siteId, details: ["printer": .ids([id])], at: now, in: db)
        }
    }

    /// The printer kiosk terminal `terminal` of the site prints to, if any; names match in any case (Unicode's,
    /// as the kiosk compares them: "Skranke Ø" is "skranke ø").
    public func printer(siteID: Int64, terminal: String) async throws -> PrinterRecord? {
        try await read { db in
            let wanted = terminal.lowercased()
            let rows = try Row.fetchAll(db, sql: "SELECT name, printer_id FROM kiosk_terminal WHERE site_id = ?", arguments: [siteID])
            guard let match = rows.first(where: { ($0["name"] as String).lowercased() == wanted }) else { return nil }
            return try PrinterRecord.fetchOne(db, key: match["printer_id"] as Int64)
        }
    }

    static func printerRecord(id: Int64, siteID: Int64?, in db: Database) throws -> PrinterRecord {
        guard let printer = try PrinterRecord.fetchOne(db, key: id), siteID == nil || printer.siteId == siteID else {
            throw StoreError.notFound(entity: "printer", field: nil)
        }
        return printer
    }

    private static func printerDetails(_ printer: PrinterRecord, in db: Database) throws -> PrinterDetails {
        let code = try String.fetchOne(db, sql: "SELECT code FROM site WHERE id = ?", arguments: [printer.siteId]) ?? ""
        let terminals = try String.fetchAll(
            db, sql: "SELECT name FROM kiosk_terminal WHERE printer_id = ? ORDER BY name", arguments: [printer.rowID])
        return PrinterDetails(printer: printer, siteCode: code, terminals: terminals)
    }

    /// Inserts or updates `printer`; a name another printer of the site has is `duplicate(field: "name")`.
    private static func saveUniquely(_ printer: inout PrinterRecord, in db: Database) throws {
        let clash =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM printer WHERE site_id = ? AND name = ? AND id IS NOT ?",
                arguments: [printer.siteId, printer.name, printer.id]) ?? 0
        guard clash == 0 else { throw StoreError.duplicate(field: "name") }
        try printer.save(db)
    }

    /// Points `terminals` at `printer`, taking each off the site's printer that had it under any case.
    private static func assignTerminals(_ terminals: [Label], to printer: PrinterRecord, in db: Database) throws {
        let existing = try String.fetchAll(db, sql: "SELECT name FROM kiosk_terminal WHERE site_id = ?", arguments: [printer.siteId])
        for terminal in terminals {
            for name in existing where name.lowercased() == terminal.value.lowercased() {
                try db.execute(sql: "DELETE FROM kiosk_terminal WHERE site_id = ? AND name = ?", arguments: [printer.siteId, name])
            }
            try db.execute(
                sql: "INSERT INTO kiosk_terminal (site_id, name, printer_id) VALUES (?, ?, ?)",
                arguments: [printer.siteId, terminal.value, printer.rowID])
        }
    }
}
