import Foundation
import VaktbokCore

/// Badges for a whole group on A4 sheets: six 62 × 100 mm badges per page, each QR an embedded PNG.
public enum BadgeSheet {
    /// Badges per A4 page (three across, two down).
    public static let perPage = 6
    /// The page's one inline style block; a Content-Security-Policy allows it by its SHA-256 hash.
    public static let style = """
        @page { size: A4; margin: 10mm; }
        body { margin: 0; font-family: sans-serif; }
        .page { display: grid; grid-template-columns: repeat(3, 62mm); grid-auto-rows: 100mm; gap: 4mm; break-after: page; }
        .badge { border: 0.3mm dashed #999; text-align: center; padding: 3mm; box-sizing: border-box; overflow: hidden; }
        .name { font-weight: bold; font-size: 5mm; margin: 3mm 0; }
        .qr { width: 40mm; height: 40mm; image-rendering: pixelated; }
        .small { font-size: 3mm; }
        """

    /// A printable XHTML page with one badge per entry of `badges`, `title` as its heading.
    public static func html(_ badges: [Badge], title: String) throws(QREncodingError) -> String {
        let e = MarkupEscaping.escape
        var pages: [String] = []
        for start in stride(from: 0, to: badges.count, by: perPage) {
            let cells = try badges[start..<min(start + perPage, badges.count)].map(cell)
            pages.append("<section class=\"page\">\(cells.joined())</section>")
        }
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nb"><head><meta charset="utf-8"/><title>\(e(title))</title>
            <style>\(style)</style></head><body><main>
            <h1 class="small">\(e(title)) · \(badges.count)</h1>
            \(pages.joined(separator: "\n"))
            </main></body></html>
            """
    }

    private static func cell(_ badge: Badge) throws(QREncodingError) -> String {
        let e = MarkupEscaping.escape
        let png = Data(QRImage(matrix: try QRMatrix(encoding: badge.code)).png(scale: 6)).base64EncodedString()
        return """
            <div class="badge"><div class="small">\(e(badge.siteName))</div><div class="small">BESØKENDE · VISITOR</div>\
            <div class="name">\(e(badge.visitorName))</div><div class="small">Vert / Host: \(e(badge.hostName))</div>\
            <div class="small">\(e(badge.date))</div>\
            <img class="qr" alt="QR \(e(badge.code))" src="data:image/png;base64,\(png)"/>\
            <div class="small">\(e(badge.code))</div></div>
            """
    }
}
