import Testing
import VaktbokCore

@Suite("Badge codes and base64url")
struct BadgeCodeTests {
    @Test(
        "RFC 4648 test vectors, URL-safe alphabet, no padding",
        arguments: [
            ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy"),
        ])
    func vectors(input: String, expected: String) {
        #expect(Base64URL.encode(Array(input.utf8)) == expected)
    }

    @Test("the URL-safe characters replace + and /")
    func urlSafe() {
        #expect(Base64URL.encode([0xFB, 0xFF, 0xBF]) == "-_-_")
    }

    @Test("random codes carry 128 bits in 22 URL-safe characters and do not repeat")
    func random() throws {
        let codes = (0..<2_000).map { _ in BadgeCode.random().value }
        #expect(Set(codes).count == codes.count)
        for code in codes.prefix(50) {
            #expect(code.count == 22)
            #expect(try BadgeCode(code).value == code)
        }
    }

    @Test("typed or scanned codes are checked", arguments: ["", "abc", "y1fqAc4_rIt8hOuFFp1x_", "y1fqAc4_rIt8hOuFFp1x_w=", "y1fqAc4/rIt8hOuFFp1x_w"])
    func rejects(raw: String) {
        #expect(throws: ValidationError.self) { try BadgeCode(raw) }
    }
}
