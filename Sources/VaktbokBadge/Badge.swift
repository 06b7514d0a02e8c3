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

    /// A printable SVG, 62 × 100 mm (a common label roll width), drawn from `BadgeLayout`.
    public func svg() throws(QREncodingError) -> String {
        let qr = QRImage(matrix: try QRMatrix(encoding: code))
        let side = qr.matrix.size + 2 * qr.margin
        let layout = BadgeLayout(self)
        let c = BadgeLayout.centre
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="62mm" height="100mm" viewBox="0 0 620 1000">\
            <rect width="620" height="1000" fill="#fff"/>\
            \(layout.blocks.map(Self.svgText).joined())\
            <svg x="\(c - layout.qrSide / 2)" y="\(layout.qrTop)" width="\(layout.qrSide)" height="\(layout.qrSide)" \
            viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges"><path d="\(qr.svgPathData)" fill="#000"/></svg>\
            </svg>
            """
    }

    /// One block as an SVG text element, a centred tspan per line.
    private static func svgText(_ block: BadgeLayout.Block) -> String {
        let spans = block.lines.map { "<tspan x=\"\(BadgeLayout.centre)\" y=\"\($0.baseline)\">\(MarkupEscaping.escape($0.text))</tspan>" }
        let family = block.style == .monospace ? "monospace" : "sans-serif"
        let weight = block.style == .bold ? "bold" : "normal"
        return "<text font-family=\"\(family)\" font-size=\"\(block.size)\" font-weight=\"\(weight)\" text-anchor=\"middle\">\(spans.joined())</text>"
    }
}
