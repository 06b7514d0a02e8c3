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
        #expect(svg.contains("Åse &lt;Bjørnstad&gt; &amp; &quot;Ødegård&quot;"))
        #expect(svg.contains("Kari O&#39;Nordmann"))
        #expect(svg.contains("2026-11-22"))
        #expect(svg.contains(badge.code))
    }

    @Test("a 100-character name still makes a well-formed badge")
    func longName() throws {
        let name = "Marie-Louise " + String(repeating: "ø", count: 87)
        let svg = try Badge(visitorName: name, hostName: "Per Ærø", siteName: "Oslo HQ", date: "2026-11-22", code: "x").svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains(name))
    }
}

/// Parses a document with Foundation's XML parser.
enum XMLCheck {
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
