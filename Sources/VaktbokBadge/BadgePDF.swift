import Foundation
import VaktbokCore

/// Badges as a PDF of exactly the printer's media size, for printing without a dialog: one badge per label, or six to
/// an A4 sheet with cut lines. Text is set in the PDF standard fonts (Windows-1252; other letters are transliterated);
/// the QR is drawn as rectangles on the printer's dot grid, every module the same whole number of dots.
public struct BadgePDF {
    public let media: PrintMedia
    public let dotsPerInch: Int

    /// A renderer for `media` at the printer's `dotsPerInch`.
    public init(media: PrintMedia, dotsPerInch: Int) {
        self.media = media
        self.dotsPerInch = dotsPerInch
    }

    /// The PDF file printing `badges` in order.
    public func render(_ badges: [Badge]) throws(QREncodingError) -> [UInt8] {
        var pdf = PDFWriter()
        let fonts = ["/Helvetica", "/Helvetica-Bold", "/Courier"].map {
            pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont \($0) /Encoding /WinAnsiEncoding >>")
        }
        let pagesNumber = pdf.nextNumber + 2 * pageCount(badges.count)
        var pageNumbers: [Int] = []
        let slots = media.badgeOrigins.count
        for start in stride(from: 0, to: badges.count, by: slots) {
            var content = ""
            for (slot, badge) in badges[start..<min(start + slots, badges.count)].enumerated() {
                content += try draw(badge, at: media.badgeOrigins[slot])
            }
            let contents = pdf.addStream(content)
            pageNumbers.append(
                pdf.add(
                    "<< /Type /Page /Parent \(pagesNumber) 0 R /MediaBox [0 0 \(pt(page.width)) \(pt(page.height))] "
                        + "/Resources << /Font << /F1 \(fonts[0]) 0 R /F2 \(fonts[1]) 0 R /F3 \(fonts[2]) 0 R >> >> /Contents \(contents) 0 R >>"))
        }
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        pdf.add("<< /Type /Pages /Kids [\(kids)] /Count \(pageNumbers.count) >>")
        let catalog = pdf.add("<< /Type /Catalog /Pages \(pagesNumber) 0 R >>")
        return pdf.finished(root: catalog)
    }

    /// Pages needed for `badges` badges.
    public func pageCount(_ badges: Int) -> Int {
        (badges + media.badgeOrigins.count - 1) / media.badgeOrigins.count
    }

    private var page: (width: Double, height: Double) { media.pageSize }

    /// The content-stream operators drawing `badge` with its top-left corner at `origin` (millimetres from the page's top-left).
    private func draw(_ badge: Badge, at origin: (x: Double, y: Double)) throws(QREncodingError) -> String {
        let layout = BadgeLayout(badge)
        var ops = ""
        if media.badgeOrigins.count > 1 {
            ops += "q 0.6 G 0.3 w [2 2] 0 d \(pt(origin.x)) \(pt(page.height - origin.y - 100)) \(pt(62)) \(pt(100)) re S Q\n"
        }
        for block in layout.blocks {
            for line in block.lines { ops += text(line.text, baseline: line.baseline, size: block.size, style: block.style, origin: origin) }
        }
        return ops + (try qr(badge.code, layout: layout, origin: origin))
    }

    /// One centred line; shrunk if the real glyph widths are wider than the badge's 56 mm text width.
    private func text(_ text: String, baseline: Int, size: Int, style: BadgeLayout.Block.Style, origin: (x: Double, y: Double)) -> String {
        let bytes = Self.windows1252(text)
        let ems =
            style == .monospace
            ? Double(bytes.count) * 0.6 : Double(bytes.reduce(0) { $0 + HelveticaMetrics.width(of: $1, bold: style == .bold) }) / 1000
        let sizeMM = min(Double(size) / 10, ems > 0 ? 56 / ems : .infinity)
        let x = origin.x + Double(BadgeLayout.centre) / 10 - ems * sizeMM / 2
        let y = page.height - origin.y - Double(baseline) / 10
        let font =
            switch style {
            case .regular: "/F1"
            case .bold: "/F2"
            case .monospace: "/F3"
            }
        return "BT \(font) \(pt(sizeMM)) Tf \(pt(x)) \(pt(y)) Td (\(Self.escaped(bytes))) Tj ET\n"
    }

    /// The QR as filled rectangles in printer dots: module size a whole number of dots, the corner on the dot grid.
    private func qr(_ code: String, layout: BadgeLayout, origin: (x: Double, y: Double)) throws(QREncodingError) -> String {
        let image = QRImage(matrix: try QRMatrix(encoding: code))
        let modules = image.matrix.size + 2 * image.margin
        let dotsPerMM = Double(dotsPerInch) / 25.4
        let moduleDots = max(1, Int(Double(layout.qrSide) / 10 * dotsPerMM) / modules)
        let sideDots = moduleDots * modules
        let left = Int(((origin.x + Double(BadgeLayout.centre) / 10) * dotsPerMM).rounded()) - sideDots / 2
        let top = Int(((page.height - origin.y - Double(layout.qrTop) / 10) * dotsPerMM).rounded())
        let scale = String(format: "%.6f", 72 / Double(dotsPerInch))
        var ops = "q \(scale) 0 0 \(scale) 0 0 cm 0 g\n"
        for row in 0..<image.matrix.size {
            var column = 0
            while column < image.matrix.size {
                guard image.matrix.isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < image.matrix.size, image.matrix.isDark(row: row, column: column) { column += 1 }
                let x = left + (start + image.margin) * moduleDots
                let y = top - (row + image.margin + 1) * moduleDots
                ops += "\(x) \(y) \((column - start) * moduleDots) \(moduleDots) re\n"
            }
        }
        return ops + "f Q\n"
    }

    /// Millimetres as PDF points, two decimals.
    private func pt(_ millimetres: Double) -> String {
        String(format: "%.2f", millimetres * 72 / 25.4)
    }

    /// `text` in Windows-1252; a letter it lacks is transliterated to Latin (ł → l, Ш → Sh), or written as `?`.
    static func windows1252(_ text: String) -> [UInt8] {
        text.flatMap { character -> [UInt8] in
            if let data = String(character).data(using: .windowsCP1252) { return [UInt8](data) }
            let latin = String(character).applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
            return latin.flatMap { $0.data(using: .windowsCP1252) }.map { [UInt8]($0) } ?? [UInt8(ascii: "?")]
        }
    }

    /// A PDF literal string's inside: `(`, `)` and `\` escaped, bytes outside printable ASCII as octal.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { byte -> String in
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): "\\\(Character(UnicodeScalar(byte)))"
            case 0x20...0x7E: String(Character(UnicodeScalar(byte)))
            default: "\\" + String(byte, radix: 8).leftPadded(to: 3)
            }
        }.joined()
    }
}

extension String {
    /// The string with zeros in front up to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
