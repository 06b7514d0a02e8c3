import Foundation
import Testing
import VaktbokCore

@Suite("The one gate for text from outside")
struct BoundaryTextTests {
    static let name = BoundaryText(maxScalars: 300, maxBytes: 600)

    @Test(
        "refuses control, format, private-use and blank characters, naming the field",
        arguments: [
            ("Åse\u{0}Berg", "control"), ("Åse\u{7}Berg", "control"), ("Åse\u{1B}[31mBerg", "control"), ("Åse\u{85}Berg", "control"),
            ("Åse\nBerg", "control"), ("Åse\u{2028}Berg", "line breaks"),
            ("Å\u{200D}se Berg", "invisible"), ("Åse\u{200B}Berg", "invisible"), ("Åse\u{202E}greB", "invisible"),
            ("Åse\u{E0041}\u{E0042}", "invisible"), ("Åse\u{FEFF}", "invisible"), ("Åse\u{00AD}Berg", "invisible"),
            ("\u{3164}\u{3164}", "invisible"), ("Åse \u{115F}", "invisible"), ("Åse\u{2800}", "invisible"),
            ("Åse\u{034F}Berg", "invisible"), ("Åse\u{FE0F}", "invisible"), ("Åse\u{E000}", "private"),
        ])
    func refuses(raw: String, reason: String) {
        #expect {
            _ = try Self.name.clean(raw, field: "name")
        } throws: { error in
            let error = error as? ValidationError
            return error?.field == "name" && error?.reason.contains(reason) == true && error?.reason.contains("Åse") == false
        }
    }

    @Test("caps combining marks per letter: Vietnamese and Devanagari pass, stacked marks do not")
    func combiningMarks() throws {
        #expect(try Self.name.clean("Nguyễn Thị Ánh", field: "name") == "Nguyễn Thị Ánh")
        #expect(try Self.name.clean("a\u{301}\u{302}\u{303}\u{304}", field: "name").unicodeScalars.count == 4, "NFC composes the first mark")
        #expect(throws: ValidationError.self) { try Self.name.clean("a\u{301}\u{302}\u{303}\u{304}\u{305}", field: "name") }
        let bloat = "A" + String(repeating: "\u{301}", count: 31_000) + "se"
        #expect(throws: ValidationError.self) { try PersonName(bloat) }
    }

    @Test("bounds scalars and bytes, not grapheme clusters: flags and emoji count in full")
    func bounds() throws {
        let gate = BoundaryText(maxScalars: 10, maxBytes: 12)
        #expect(try gate.clean("abcdefghij", field: "x") == "abcdefghij")
        #expect(throws: ValidationError(field: "x", reason: "is too long (at most 10 characters and 12 bytes)")) {
            try gate.clean("abcdefghijk", field: "x")
        }
        #expect(throws: ValidationError.self) { try gate.clean("øøøøøøø", field: "x") }
        #expect(throws: ValidationError.self) { try gate.clean(String(repeating: "🇳🇴", count: 3), field: "x") }
    }

    @Test("normalises to NFC, so that one name is stored one way")
    func nfc() throws {
        let decomposed = "A\u{30A}se Bj\u{F8}rnstad"
        let cleaned = try Self.name.clean(decomposed, field: "name")
        #expect(cleaned == "Åse Bjørnstad" && cleaned.unicodeScalars.first == "\u{C5}")
        #expect(try PersonName(decomposed).value.unicodeScalars.count == 13)
    }

    @Test("tabs are white space; line breaks only where allowed")
    func whitespace() throws {
        #expect(try PersonName("Siv\tÅkerø ").value == "Siv Åkerø")
        #expect(try BoundaryText(maxScalars: 20, allowsLineBreaks: true).clean("a\r\nb", field: "x") == "a\r\nb")
    }

    @Test(
        "every text type refuses NUL and bloat through the gate",
        arguments: [
            "resepsjon\u{0}zz", "Å" + String(repeating: "\u{301}", count: 200), String(repeating: "ø", count: 5_000), "Siv\u{200D}Åkerø",
        ])
    func everyType(raw: String) {
        #expect(throws: ValidationError.self) { try PersonName(raw) }
        #expect(throws: ValidationError.self) { try Username(raw) }
        #expect(throws: ValidationError.self) { try ShortNote(raw, field: "outcome") }
        #expect(throws: ValidationError.self) { try SchoolName(raw) }
        #expect(throws: ValidationError.self) { try EmailAddress(raw) }
        #expect(throws: ValidationError.self) { try SearchText(raw) }
        #expect(throws: ValidationError.self) { try Label(raw) }
        #expect(throws: ValidationError.self) { try Password(signIn: raw) }
    }

    @Test("passwords: 10 to 128 characters within bcrypt's 72 bytes; never described")
    func passwords() throws {
        #expect(try Password(choosing: "riktig hest batteri").value == "riktig hest batteri")
        #expect(throws: ValidationError.self) { try Password(choosing: "kort") }
        #expect(throws: ValidationError.self) { try Password(choosing: String(repeating: "æ", count: 40)) }
        let password = try Password(signIn: "hemmelig-passord")
        #expect(!"\(password)".contains("hemmelig") && !String(reflecting: password).contains("hemmelig"))
        var dumped = ""
        dump(password, to: &dumped)
        #expect(!dumped.contains("hemmelig"))
    }
}
