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
        #expect(svg.contains(">Åse &lt;Bjørnstad&gt;</tspan>"))
        #expect(svg.contains(">&amp; &quot;Ødegård&quot;</tspan>"))
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
        #expect(svg.components(separatedBy: "<tspan").count == 2)
        #expect(svg.contains("font-size=\"48\" font-weight=\"bold\""))
    }
}

/// Parses a document with Foundation's XML parser.
enum XMLCheck {
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
