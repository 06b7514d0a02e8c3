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
            \(nameText(y: 210))\
            <text x="310" y="290" font-family="sans-serif" font-size="\(min(26, 1_000 / (hostName.count + 13)))" \
            text-anchor="middle">Vert / Host: \(e(hostName))</text>\
            <text x="310" y="340" font-family="sans-serif" font-size="26" text-anchor="middle">\(e(date))</text>\
            <svg x="110" y="380" width="400" height="400" viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\
            <path d="\(qr.svgPathData)" fill="#000"/></svg>\
            <text x="310" y="840" font-family="monospace" font-size="22" text-anchor="middle">\(e(code))</text>\
            </svg>
            """
    }

    /// The visitor's name in bold, on two centred lines when long, shrunk to fit the label's width.
    private func nameText(y: Int) -> String {
        let lines = NameLines.split(visitorName, over: 26)
        let longest = lines.map(\.count).max() ?? 1
        let size = min(48, 900 / max(longest, 1))
        let spans = lines.enumerated().map { index, line in
            "<tspan x=\"310\" dy=\"\(index == 0 ? 0 : size + 6)\">\(MarkupEscaping.escape(line))</tspan>"
        }
        return "<text x=\"310\" y=\"\(lines.count == 1 ? y : y - size / 2)\" font-family=\"sans-serif\" "
            + "font-size=\"\(size)\" font-weight=\"bold\" text-anchor=\"middle\">\(spans.joined())</text>"
    }
}

/// Breaks a long name into two lines at the space or hyphen nearest its middle.
enum NameLines {
    /// `name` as one line when it has at most `limit` characters, else as two.
    static func split(_ name: String, over limit: Int) -> [String] {
        guard name.count > limit else { return [name] }
        let characters = Array(name)
        let middle = characters.count / 2
        let breaks = characters.indices.filter { characters[$0] == " " || characters[$0] == "-" }
        guard let cut = breaks.min(by: { abs($0 - middle) < abs($1 - middle) }) else {
            return [String(characters[..<middle]), String(characters[middle...])]
        }
        let keepsHyphen = characters[cut] == "-"
        let first = String(characters[...(keepsHyphen ? cut : cut - 1)])
        return [first, String(characters[(cut + 1)...])]
    }
}
