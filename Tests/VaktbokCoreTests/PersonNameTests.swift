import Testing
import VaktbokCore

@Suite("Person names")
struct PersonNameTests {
    @Test(
        "accepts real names of any script, normalising white space",
        arguments: [
            ("Kari Nordmann", "Kari Nordmann"),
            ("  Åse   Bjørnstad-Ødegård ", "Åse Bjørnstad-Ødegård"),
            ("Siv O'Brien", "Siv O'Brien"),
            ("Sjur d’Aubigné", "Sjur d’Aubigné"),
            ("J. R. Ærø", "J. R. Ærø"),
            ("Дмитрий Иванов", "Дмитрий Иванов"),
            ("अनुराधा", "अनुराधा"),
            ("Li", "Li"),
        ])
    func accepts(raw: String, expected: String) throws {
        #expect(try PersonName(raw).value == expected)
    }

    @Test("accepts exactly 100 characters")
    func acceptsLongest() throws {
        let name = "Marie-Louise " + String(repeating: "ø", count: 87)
        #expect(name.count == 100)
        #expect(try PersonName(name).value == name)
    }

    @Test(
        "rejects what is not a name, naming the field",
        arguments: [
            "", " ", "K", "Kari2 Nordmann", "Kari <b>", "=HYPERLINK(\"x\")", "--", "..",
            "kari@example.no", "Kari\u{0}Nordmann", String(repeating: "å", count: 101),
        ])
    func rejects(raw: String) {
        #expect(throws: ValidationError.self) { try PersonName(raw) }
        do { _ = try PersonName(raw, field: "visitorName") } catch { #expect(error.field == "visitorName") }
    }
}
