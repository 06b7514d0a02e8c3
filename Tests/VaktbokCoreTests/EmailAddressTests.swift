import Foundation
import Testing
import VaktbokCore

@Suite("E-mail addresses as a strict addr-spec")
struct EmailAddressTests {
    @Test(
        "accepts plain addresses, lower-casing the domain",
        arguments: [
            ("siv.akero@Example.NO", "siv.akero@example.no"), ("a+b@skole.vgs.no", "a+b@skole.vgs.no"), (" o'neil@x-y.no ", "o'neil@x-y.no"),
        ])
    func accepts(raw: String, expected: String) throws {
        #expect(try EmailAddress(raw).value == expected)
    }

    @Test(
        "refuses what a mail header could turn into more recipients or no address",
        arguments: [
            "a@b.no, c@d.no", "Siv <siv@b.no>", "siv@b.no (Siv)", "\"siv\"@b.no", "siv @b.no", "siv@b.no\r\nBcc: x@y.no",
            "siv@b.no\nBcc: x@y.no", "siv@@b.no", "siv@b", "siv@b.n0", "siv@-b.no", "siv@b-.no", ".siv@b.no", "siv.@b.no", "si..v@b.no",
            "siv@b..no", "siv;x@b.no", "siv@[127.0.0.1]", "åse@b.no", "siv@blåbær.no", String(repeating: "a", count: 65) + "@b.no",
            "siv@" + String(repeating: "a", count: 64) + ".no", "",
        ])
    func refuses(raw: String) {
        #expect(throws: ValidationError.self) { try EmailAddress(raw) }
    }
}
