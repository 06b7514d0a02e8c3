import Testing
import VaktbokTestSupport

@testable import VaktbokCore

@Suite("Hostile lists of the allowed maximum size are read in linear time")
struct HostileListTests {
    static let maxSize = NameList.maxBytes

    @Test(
        "a whole megabyte of quotes, of text-then-quote, of one endless quoted field, of one giant grapheme", .timeLimit(.minutes(1)),
        arguments: [
            "\"", "a\"", "\"a", "a;\"", "\"\";",
        ])
    func quotes(unit: String) {
        let bytes = Array(String(repeating: unit, count: Self.maxSize / unit.utf8.count).utf8)
        #expect(bytes.count <= Self.maxSize)
        let list = try? NameList(bytes: bytes)
        #expect(list.map { $0.entries.isEmpty } ?? true, "nothing in a list of quotes is a name")
    }

    @Test("a blank run, one letter, then quotes: each quote once re-scanned the blank run", .timeLimit(.minutes(1)))
    func blankThenQuotes() {
        let half = Self.maxSize / 2 - 8
        let bytes = Array(("navn;rolle\n" + String(repeating: " ", count: half) + "x" + String(repeating: "\"", count: half)).utf8)
        let list = try? NameList(bytes: bytes)
        #expect(list.map { $0.entries.isEmpty } ?? true)
    }

    @Test("one letter carrying a megabyte of combining marks is one rejected row", .timeLimit(.minutes(1)))
    func giantGrapheme() throws {
        let bytes = Array(("Å" + String(repeating: "\u{301}", count: (Self.maxSize - 2) / 2)).utf8)
        let list = try NameList(bytes: bytes)
        #expect(list.entries.isEmpty && list.rejections.count == 1 && list.rejections[0].name == nil)
    }
}
