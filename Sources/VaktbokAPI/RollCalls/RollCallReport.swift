import Foundation
import VaktbokCore

/// The printable end report of a roll call: times in the site's zone, the figures, and who marked whom (staff ids).
struct RollCallReport {
    let details: RollCallDetails
    let site: SiteRecord
    let generatedAt: Date

    /// The report as one printable HTML page.
    func html() -> String {
        let e = MarkupEscaping.escape
        let day = LocalDay(timeZone: site.zone)
        let record = details.rollCall
        let time = { (date: Date?) in date.map(day.readableDateTime(of:)) ?? "–" }
        let duration = record.secondsToFullCount.map { "\(Int($0) / 60) min \(Int($0) % 60) s" } ?? "–"
        let rows = details.entries.map { entry in
            "<tr><td>\(e(entry.name))</td><td>\(e(entry.host))</td><td>\(e(time(entry.accountedAt)))</td>"
                + "<td>\(entry.accountedBy.map { "#\($0)" } ?? "–")</td></tr>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="nb"><head><meta charset="utf-8">
            <title>Opprop / Roll call – \(e(site.name))</title>
            <style>\(PrintStyles.portraitTable)</style></head><body><main>
            <h1>Opprop / Roll call – \(e(site.name)) (\(record.kind == .drill ? "øvelse / drill" : "evakuering / evacuation"))</h1>
            <p>Startet / Started: \(e(time(record.startedAt))) · Avsluttet / Ended: \(e(time(record.endedAt))) (\(e(site.zone.identifier)))</p>
            <p>Antall / Count: \(record.total) · Savnet / Missing: \(details.missing) · Alle funnet etter / Time to full count: \(e(duration))</p>
            <table><thead><tr><th>Navn / Name</th><th>Vert / Host</th><th>Gjort rede for / Accounted for</th><th>Av ansatt / By staff</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table><p>Generert / Generated: \(e(time(generatedAt)))</p></main></body></html>
            """
    }
}
