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

    /// A printable SVG, 62 × 100 mm (a common label roll width), names on top and the QR below.
    public func svg() throws(QREncodingError) -> String {
        let qr = QRImage(matrix: try QRMatrix(encoding: code))
        let side = qr.matrix.size + 2 * qr.margin
        let e = MarkupEscaping.escape
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="62mm" height="100mm" viewBox="0 0 620 1000">\
            <rect width="620" height="1000" fill="#fff"/>\
            <text x="310" y="70" font-family="sans-serif" font-size="30" text-anchor="middle">\(e(siteName))</text>\
            <text x="310" y="130" font-family="sans-serif" font-size="26" text-anchor="middle">BESØKENDE · VISITOR</text>\
            <text x="310" y="220" font-family="sans-serif" font-size="\(fontSize(for: visitorName))" \
            font-weight="bold" text-anchor="middle">\(e(visitorName))</text>\
            <text x="310" y="290" font-family="sans-serif" font-size="26" text-anchor="middle">\
            Vert / Host: \(e(hostName))</text>\
            <text x="310" y="340" font-family="sans-serif" font-size="26" text-anchor="middle">\(e(date))</text>\
            <svg x="110" y="380" width="400" height="400" viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\
            <path d="\(qr.svgPathData)" fill="#000"/></svg>\
            <text x="310" y="840" font-family="monospace" font-size="22" text-anchor="middle">\(e(code))</text>\
            </svg>
            """
    }

    /// Long names shrink so that up to 100 characters stay on the label.
    private func fontSize(for text: String) -> Int {
        switch text.count {
        case ..<20: 48
        case ..<32: 32
        case ..<50: 22
        default: 12
        }
    }
}
