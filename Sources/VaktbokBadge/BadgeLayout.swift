/// Where everything sits on a 62 × 100 mm badge, in tenths of a millimetre from its top-left corner: the text blocks
/// (names wrap and shrink to a readable minimum), then the QR, which gives up some size when the names need the room.
/// The SVG and the PDF badge both draw from it.
struct BadgeLayout {
    /// Badge width in layout units (0.1 mm).
    static let width = 620
    /// Badge height in layout units.
    static let height = 1000
    /// The horizontal centre every line is centred on.
    static let centre = 310

    /// One centred block of lines at one size.
    struct Block {
        enum Style { case regular, bold, monospace }
        let lines: [(text: String, baseline: Int)]
        let size: Int
        let style: Style
    }

    private(set) var blocks: [Block] = []
    /// The QR's top edge and side, quiet zone included.
    private(set) var qrTop = 0
    private(set) var qrSide = 0
    private var cursor = 140

    /// The layout of `badge`.
    init(_ badge: Badge) {
        blocks.append(Block(lines: [(badge.siteName, 70)], size: 30, style: .regular))
        blocks.append(Block(lines: [("BESØKENDE · VISITOR", 130)], size: 26, style: .regular))
        stack(FittedText(badge.visitorName, width: 560, preferred: 48, minimum: 28), style: .bold)
        cursor += 14
        stack(FittedText("Vert / Host: \(badge.hostName)", width: 560, preferred: 26, minimum: 20), style: .regular)
        cursor += 14
        stack(FittedText(badge.date, width: 560, preferred: 26, minimum: 26), style: .regular)
        qrTop = max(380, cursor + 20)
        qrSide = 780 - qrTop
        blocks.append(Block(lines: [(badge.code, 840)], size: 22, style: .monospace))
    }

    /// Places `text` below the cursor, one line after the other.
    private mutating func stack(_ text: FittedText, style: Block.Style) {
        let lines = text.lines.map { line in
            cursor += text.size
            defer { cursor += text.size / 6 }
            return (line, cursor)
        }
        blocks.append(Block(lines: lines, size: text.size, style: style))
    }
}
