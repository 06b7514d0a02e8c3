import Testing
import VaktbokCore

@Suite("Search folding and markup escaping")
struct TextTests {
    @Test(
        "every typed word starts some name part, in any order, ignoring case and accents",
        arguments: [
            ("Kari Nordmann", "kar", true), ("Kari Nordmann", "NORD", true), ("Kari Nordmann", "ari", false),
            ("Åse Bjørnstad-Ødegård", "ase", true), ("Åse Bjørnstad-Ødegård", "ødeg", true),
            ("Åse Bjørnstad-Ødegård", "bjø", true), ("René Müller", "mull", true), ("René Müller", "", true),
            ("Kari Nordmann", "Kari N", true), ("Kari Nordmann", "nordmann kari", true), ("Kari Nordmann", "  kari\tnor ", true),
            ("Kari Nordmann", "Kari Nordmann", true), ("Kari Nordmann", "Kari Ola", false), ("Kari Nordmann", "kari nordmannsen", false),
            ("Åse Bjørnstad-Ødegård", "bjørnstad-ød", true), ("Åse Bjørnstad-Ødegård", "ødegård åse", true),
            ("Åse Bjørnstad-Ødegård", "ase x", false),
        ])
    func matching(name: String, query: String, expected: Bool) {
        #expect(SearchFolding.matches(name, query: query) == expected)
    }

    @Test("markup special characters become entities")
    func escaping() {
        #expect(MarkupEscaping.escape("<a href=\"x\">Ås & 'co'</a>") == "&lt;a href=&quot;x&quot;&gt;Ås &amp; &#39;co&#39;&lt;/a&gt;")
    }
}
