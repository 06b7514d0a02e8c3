import Testing
import VaktbokCore

@Suite("Search folding and markup escaping")
struct TextTests {
    @Test(
        "prefix match on any name part, ignoring case and accents",
        arguments: [
            ("Kari Nordmann", "kar", true), ("Kari Nordmann", "NORD", true), ("Kari Nordmann", "ari", false),
            ("Åse Bjørnstad-Ødegård", "ase", true), ("Åse Bjørnstad-Ødegård", "ødeg", true),
            ("Åse Bjørnstad-Ødegård", "bjø", true), ("René Müller", "mull", true), ("René Müller", "", true),
        ])
    func matching(name: String, prefix: String, expected: Bool) {
        #expect(SearchFolding.anyPartOf(name, startsWith: prefix) == expected)
    }

    @Test("markup special characters become entities")
    func escaping() {
        #expect(MarkupEscaping.escape("<a href=\"x\">Ås & 'co'</a>") == "&lt;a href=&quot;x&quot;&gt;Ås &amp; &#39;co&#39;&lt;/a&gt;")
    }
}
