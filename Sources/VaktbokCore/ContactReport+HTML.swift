import Foundation

extension ContactReport {
    /// A printable A4 page (well-formed XHTML): site, window, time generated, page numbers when printed.
    public func html() -> String {
        let e = MarkupEscaping.escape
        let contacts = indexVisitIds != nil
        let title = contacts ? "Nærkontakter / Contacts of one visitor" : "Besøkende / Visitors"
        let overlapHeader = contacts ? "<th>Samtidig (min) / Overlap (min)</th>" : ""
        var stamps = LocalTimestamps(timeZone: timeZone)
        let rows = entries.map { entry in
            let overlap = contacts ? "<td>\(entry.overlapMinutes.map(String.init) ?? "")</td>" : ""
            return "<tr><td>\(e(entry.name))</td><td>\(e(entry.phone))</td><td>\(e(entry.host))</td>"
                + "<td>\(e(stamps.string(for: entry.checkedInAt)))</td><td>\(e(entry.checkedOutAt.map { stamps.string(for: $0) } ?? ""))</td>"
                + "<td>\(e(entry.status))</td><td>\(e(entry.group ?? ""))</td>\(overlap)</tr>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nb"><head><meta charset="utf-8"/>
            <title>\(title) – \(e(siteName))</title>
            <style>\(PrintStyles.landscapeTable)</style></head><body><main>
            <h1>\(title) – \(e(siteName)) (\(e(site)))</h1>
            <p>Periode / Window: \(e(local(windowStart))) – \(e(local(generatedAt))) (\(days) dager / days) · \
            Generert / Generated: \(e(local(generatedAt))) · Antall / Count: \(entries.count)</p>
            <table><thead><tr><th>Navn / Name</th><th>Telefon / Phone</th><th>Vert / Host</th><th>Inn / In</th>\
            <th>Ut / Out</th><th>Status</th><th>Gruppe / Group</th>\(overlapHeader)</tr></thead>
            <tbody>
            \(rows)
            </tbody></table></main></body></html>
            """
    }
}
