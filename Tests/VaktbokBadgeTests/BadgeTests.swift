import Foundation
import Testing
import VaktbokBadge
import VaktbokCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Printable badges")
struct BadgeTests {
    @Test("names are escaped and the document stays well-formed")
    func escaping() throws {
        let badge = Badge(
            visitorName: "Åse <Bjørnstad> & \"Ødegård\"", hostName: "Kari O'Nordmann", siteName: "Oslo HQ",
            date: "2026-11-22", code: BadgeCode.random().value
        )
        let svg = try badge.svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains(">Åse &lt;Bjørnstad&gt; &amp; &quot;Ødegård&quot;</tspan>"))
        #expect(svg.contains("Kari O&#39;Nordmann"))
        #expect(svg.contains("2026-11-22"))
        #expect(svg.contains(badge.code))
    }

    @Test("a long name is split over two lines at the break nearest its middle, nothing lost")
    func longName() throws {
        let name = "Marie-Louise Kristiansen-Bjørnstad Ødegård-Haugen"
        let svg = try Badge(visitorName: name, hostName: "Per Ærø", siteName: "Oslo HQ", date: "2026-11-22", code: "x").svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains(">Marie-Louise Kristiansen-</tspan>"))
        #expect(svg.contains(">Bjørnstad Ødegård-Haugen</tspan>"))
    }

    @Test("a short name stays on one line at full size")
    func shortName() throws {
        let svg = try Badge(visitorName: "Per Ærø", hostName: "Kari", siteName: "Oslo HQ", date: "2026-11-22", code: "x").svg()
        #expect(NameSpans(svg).lines == ["Per Ærø"] && NameSpans(svg).size == 48)
        #expect(svg.contains("<svg x=\"110\" y=\"380\" width=\"400\""), "the QR keeps its full size")
    }

    @Test("one unbroken name of 100 letters wraps inside the word, never below the readable minimum, nothing lost")
    func unbrokenName() throws {
        let name = String(repeating: "Bjørnstjerneøyvind", count: 6).prefix(100)
        let host = "Åse Bjørnstad-Ødegård Kristiansen-Haugen Løvaas-Strømsøe Aaslund"
        let svg = try Badge(visitorName: String(name), hostName: host, siteName: "Oslo HQ", date: "2026-11-22", code: "x").svg()
        #expect(XMLCheck.isWellFormed(svg))
        let spans = NameSpans(svg)
        #expect(spans.lines.joined() == name && spans.lines.count <= 4 && spans.size >= 28)
        #expect(spans.lines.allSatisfy { Double($0.count) * 0.6 * Double(spans.size) <= 560 }, "every line fits the label")
        let qrWidth = svg.components(separatedBy: "<svg x=").last?.components(separatedBy: "width=\"").dropFirst().first?.prefix { $0.isNumber }
        #expect(Int(qrWidth ?? "") ?? 0 >= 320, "the QR code keeps at least 32 mm, plenty for a scanner")
    }
}

/// The visitor name's lines and font size in a badge SVG (the bold text element).
struct NameSpans {
    let lines: [String]
    let size: Int

    init(_ svg: String) {
        let bold = svg.components(separatedBy: "<text ").first { $0.contains("font-weight=\"bold\"") } ?? ""
        size = Int(bold.components(separatedBy: "font-size=\"").dropFirst().first?.prefix { $0.isNumber } ?? "") ?? 0
        lines = bold.components(separatedBy: "\">").dropFirst().compactMap { $0.components(separatedBy: "</tspan>").first }
            .filter { !$0.hasPrefix("<tspan") }
    }
}

/// Parses a document with Foundation's XML parser.
enum XMLCheck {
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
