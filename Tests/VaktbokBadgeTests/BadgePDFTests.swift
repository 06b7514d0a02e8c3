import Foundation
import Testing
import VaktbokCore
import VaktbokTestSupport

@testable import VaktbokBadge

@Suite("Badges as PDF for direct printing, read back with Poppler and zbarimg")
struct BadgePDFTests {
    private func badge(_ name: String, code: String = BadgeCode.random().value) -> Badge {
        Badge(visitorName: name, hostName: "Per Ærø-Håland", siteName: "Oslo HQ", date: "2026-12-03", code: code)
    }

    @Test(
        "a label badge is one page of exactly the media size, and its QR scans at the printer's resolution",
        arguments: [
            (PrintMedia.dieCut62x100, 300), (.continuous62, 203), (.dieCut62x100, 600),
        ])
    func labelPage(media: PrintMedia, dotsPerInch: Int) throws {
        let code = BadgeCode.random().value
        let pdf = try BadgePDF(media: media, dotsPerInch: dotsPerInch).render([badge("Åsa Ødegård-Lie", code: code)])
        let sizes = try Poppler.pageSizes(pdf)
        #expect(sizes.count == 1)
        #expect(abs((sizes.first?.width ?? 0) - 62) < 0.05 && abs((sizes.first?.height ?? 0) - 100) < 0.05)
        #expect(try Poppler.qrCodes(pdf, dotsPerInch: dotsPerInch) == [code])
        let text = try Poppler.text(pdf)
        #expect(text.contains("Åsa Ødegård-Lie") && text.contains("Vert / Host: Per Ærø-Håland") && text.contains("BESØKENDE · VISITOR"))
    }

    @Test("A4 holds six badges a page: seven badges are two A4 pages, and every QR on them scans")
    func a4Sheets() throws {
        let badges = (1...7).map { badge("Gjest nummer \($0) Brønnøysund") }
        let pdf = try BadgePDF(media: .a4, dotsPerInch: 300).render(badges)
        let sizes = try Poppler.pageSizes(pdf)
        #expect(sizes.count == 2)
        #expect(sizes.allSatisfy { abs($0.width - 210) < 0.05 && abs($0.height - 297) < 0.05 })
        #expect(Set(try Poppler.qrCodes(pdf, dotsPerInch: 300)) == Set(badges.map(\.code)))
    }

    @Test("a very long name wraps and shrinks inside the badge; letters outside Windows-1252 are transliterated, not dropped")
    func longName() throws {
        let name = "Łukasz Żółć-Brzęczyszczykiewicz Marie-Louise Kristiansen-Bjørnstad Ødegård-Haugen Åsheim"
        let pdf = try BadgePDF(media: .dieCut62x100, dotsPerInch: 300).render([badge(name)])
        let badgeWidth = 62 * 72 / 25.4
        let boxes = try Poppler.wordBoxes(pdf)
        #expect(!boxes.isEmpty)
        #expect(boxes.allSatisfy { $0.left >= 0 && $0.right <= badgeWidth })
        let text = try Poppler.text(pdf)
        #expect(text.contains("Lukasz") && text.contains("Zólc") && text.contains("Bjørnstad") && text.contains("Åsheim"))
        #expect(!text.contains("?"))
    }

    @Test("the QR's modules are a whole number of printer dots, so no module is drawn one dot narrower than another")
    func dotGrid() throws {
        let pdf = try BadgePDF(media: .continuous62, dotsPerInch: 203).render([badge("Kari")])
        let content = String(decoding: pdf, as: UTF8.self)
        let rectangles = content.split(separator: "\n").filter { $0.hasSuffix(" re") && !$0.contains(".") }
        #expect(!rectangles.isEmpty)
        let heights = Set(rectangles.compactMap { $0.split(separator: " ").dropLast().last.flatMap { Int($0) } })
        #expect(heights.count == 1)
    }

    @Test("PDF string escaping: brackets and backslashes escaped, other bytes outside ASCII as octal")
    func escaping() {
        #expect(BadgePDF.escaped(BadgePDF.windows1252("(Å)\\")) == "\\(\\305\\)\\\\")
    }
}
