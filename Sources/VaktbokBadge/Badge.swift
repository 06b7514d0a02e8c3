import VaktbokCore

/// What a printed visitor badge shows.
public struct Badge: Sendable {
    public let visitorName: String
    public let hostName: String
    public let siteName: String
    /// The local date of the visit, `yyyy-MM-dd`.
    public let date: String
    /// The badge code the QR encodes.
    public let code: String

    /// A badge with the given texts.
    public init(visitorName: String, hostName: String, siteName: String, date: String, code: String) {
        self.visitorName = visitorName
        self.hostName = hostName
        self.siteName = siteName
        self.date = date
        self.code = code
    }

    /// A printable SVG, 62 × 100 mm (a common label roll width), names on top and the QR below. Long names wrap and
    /// shrink to a readable minimum; the QR gives up some size when they need the room.
    public func svg() throws(QREncodingError) -> String {
        let qr = QRImage(matrix: try QRMatrix(encoding: code))
        let side = qr.matrix.size + 2 * qr.margin
        let e = MarkupEscaping.escape
        var layout = Layout(top: 140)
        let name = layout.block(FittedText(visitorName, width: 560, preferred: 48, minimum: 28), weight: "bold")
        layout.skip(14)
        let host = layout.block(FittedText("Vert / Host: \(hostName)", width: 560, preferred: 26, minimum: 20))
        layout.skip(14)
        let date = layout.block(FittedText(date, width: 560, preferred: 26, minimum: 26))
        let qrTop = max(380, layout.cursor + 20)
        let qrSide = 780 - qrTop
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="62mm" height="100mm" viewBox="0 0 620 1000">\
            <rect width="620" height="1000" fill="#fff"/>\
            <text x="310" y="70" font-family="sans-serif" font-size="30" text-anchor="middle">\(e(siteName))</text>\
            <text x="310" y="130" font-family="sans-serif" font-size="26" text-anchor="middle">BESØKENDE · VISITOR</text>\
            \(name)\(host)\(date)\
            <svg x="\(310 - qrSide / 2)" y="\(qrTop)" width="\(qrSide)" height="\(qrSide)" viewBox="0 0 \(side) \(side)" \
            shape-rendering="crispEdges"><path d="\(qr.svgPathData)" fill="#000"/></svg>\
            <text x="310" y="840" font-family="monospace" font-size="22" text-anchor="middle">\(e(code))</text>\
            </svg>
            """
    }
}

/// Centred text blocks stacked down the badge from `top`, one line after the other.
private struct Layout {
    /// The badge unit below the last line placed.
    private(set) var cursor: Int

    init(top: Int) { cursor = top }

    /// Leaves `units` of space.
    mutating func skip(_ units: Int) { cursor += units }

    /// The SVG text of `text`, one centred line per tspan, placed below the cursor.
    mutating func block(_ text: FittedText, weight: String = "normal") -> String {
        let spans = text.lines.map { line in
            cursor += text.size
            defer { cursor += text.size / 6 }
            return "<tspan x=\"310\" y=\"\(cursor)\">\(MarkupEscaping.escape(line))</tspan>"
        }
        return "<text font-family=\"sans-serif\" font-size=\"\(text.size)\" font-weight=\"\(weight)\" "
            + "text-anchor=\"middle\">\(spans.joined())</text>"
    }
}
