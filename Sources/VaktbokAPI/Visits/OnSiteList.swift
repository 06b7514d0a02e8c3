import Foundation
import Hummingbird
import VaktbokCore

/// The evacuation list of one site in its three formats, times in the site's local time; the printout has a box per
/// person for the fire warden to tick.
struct OnSiteList {
    let site: SiteRecord
    let visits: [VisitDetails]
    let generatedAt: Date

    private var day: LocalDay { LocalDay(timeZone: site.zone) }

    var json: OnSiteResponse {
        OnSiteResponse(
            site: site.code, siteName: site.name, timeZone: site.zone.identifier, generatedAt: generatedAt, count: visits.count,
            visitors: visits.map {
                .init(
                    visitId: $0.visit.rowID, name: $0.visit.visitorName, host: $0.hostName, since: $0.visit.checkedInAt,
                    hostReply: $0.visit.hostReply, hostRepliedAt: $0.visit.hostRepliedAt
                )
            }
        )
    }

    func csvResponse(separator: Character) -> Response {
        let rows = visits.map { [$0.visit.visitorName, $0.hostName, day.isoDateTime(of: $0.visit.checkedInAt)] }
        let csv = CSVWriter(separator: separator).document(header: ["name", "host", "since"], rows: rows)
        return .personalData(ByteBuffer(string: csv), type: "text/csv; charset=utf-8", filename: "onsite-\(site.code).csv")
    }

    func htmlResponse() -> Response {
        let e = MarkupEscaping.escape
        let rows = visits.map {
            "<tr><td>\(e($0.visit.visitorName))</td><td>\(e($0.hostName))</td>"
                + "<td>\(e(day.readableDateTime(of: $0.visit.checkedInAt)))</td><td class=\"tick\">☐</td></tr>"
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html>
            <html lang="nb"><head><meta charset="utf-8">
            <title>På huset nå / On site now – \(e(site.name))</title>
            <style>\(PrintStyles.portraitTable)</style></head><body><main>
            <h1>Evakueringsliste / Evacuation list – \(e(site.name))</h1>
            <p>Generert / Generated: \(e(day.readableDateTime(of: generatedAt))) (\(e(site.zone.identifier))) · Antall / Count: \(visits.count)</p>
            <table><thead><tr><th>Navn / Name</th><th>Vert / Host</th><th>Siden / Since</th><th>Gjort rede for / Accounted for</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table></main></body></html>
            """
        return .personalData(ByteBuffer(string: html), type: "text/html; charset=utf-8")
    }
}
