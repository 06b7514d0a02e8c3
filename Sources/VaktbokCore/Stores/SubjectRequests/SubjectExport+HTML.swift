import Foundation

extension SubjectExport {
    /// The export as a printable XHTML page: every record, its purpose, and when it will be deleted.
    public func html() -> String {
        let e = MarkupEscaping.escape
        let time = { (date: Date?) in date.map { LocalDay(timeZone: SubjectRequestRecord.registerZone).isoDateTime(of: $0) } ?? "–" }
        func table(_ title: String, _ headings: [String], _ rows: [[String]]) -> String {
            let head = headings.map { "<th>\(e($0))</th>" }.joined()
            let body =
                rows.isEmpty
                ? "<tr><td colspan=\"\(headings.count)\">Ingen · None</td></tr>"
                : rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }.joined()
            return "<h2>\(e(title))</h2><table><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
        }
        let r = records
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nb"><head><meta charset="utf-8"/>
            <title>Innsyn · Your data (\(request.id))</title><style>\(PrintStyles.landscapeTable)</style></head><body><main>
            <h1>Opplysninger om deg · Your data</h1>
            <p>Forespørsel · Request \(request.id) (\(request.type.rawValue)), mottatt · received \(e(time(request.receivedAt))); \
            laget · generated \(e(time(generatedAt))).</p>
            \(table("Besøk · Visits", ["Id", "Site", "Host", "Name", "Phone", "In", "Out", "Purpose", "Deleted from", "Held until"],
                    r.visits.map { ["\($0.id)", $0.site, $0.host, $0.name, $0.phone, time($0.checkedInAt), time($0.checkedOutAt), $0.purpose,
                                    $0.deletedFrom, time($0.heldUntil)] }))
            \(table("Skolegrupper · School groups", ["Id", "School", "Date", "Name", "Role", "E-mail", "Arrived", "Purpose", "Deleted from"],
                    r.groupMemberships.map { ["\($0.id)", $0.school, $0.date, $0.name, $0.role.rawValue, $0.email ?? "–", $0.arrived ? "yes" : "no",
                                              $0.purpose, $0.deletedFrom] }))
            \(table("Samtykker · Consents", ["Id", "Name", "E-mail", "School", "By", "Given", "Mails", "Purpose", "Deleted from"],
                    r.consents.map { ["\($0.id)", $0.name, $0.email, $0.school, $0.consentedBy.rawValue, time($0.consentedAt), "\($0.mailsSent)",
                                      $0.purpose, $0.deletedFrom] }))
            \(table("Invitasjoner · Invitations", ["Id", "Site", "Host", "Name", "Phone", "E-mail", "Date", "Arrived", "Purpose", "Deleted from"],
                    r.invites.map { ["\($0.id)", $0.site, $0.host, $0.name, $0.phone, $0.email ?? "–", $0.date, $0.cancelled ? "cancelled" : $0.arrived ? "yes" : "no",
                                     $0.purpose, $0.deletedFrom] }))
            \(table("Meldinger som venter · Pending messages", ["Id", "Channel", "Created", "Purpose"],
                    r.pendingMessages.map { ["\($0.id)", $0.channel, time($0.createdAt), $0.purpose] }))
            </main></body></html>
            """
    }
}
