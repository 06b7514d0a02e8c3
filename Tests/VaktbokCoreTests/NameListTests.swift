import Testing
import VaktbokTestSupport

@testable import VaktbokCore

@Suite("Name lists as schools send them")
struct NameListTests {
    func read(_ fixture: String) throws -> NameList {
        try NameList(bytes: Fixtures.listBytes(fixture))
    }

    /// Each entry as "line name role email".
    func summary(_ list: NameList) -> [String] {
        list.entries.map { "\($0.line) \($0.name.value) \($0.role.rawValue) \($0.email?.value ?? "-")" }
    }

    @Test("Excel's ; CSV in Windows-1252 with CRLF, a bokmål header and a quoted name")
    func excelWindows1252() throws {
        let list = try read("excel-semicolon-cp1252.csv")
        #expect(
            summary(list) == [
                "2 Åsmund Ødegård pupil -",
                "3 Kari Sæther teacher kari.saether@skole.example.no",
                "4 Bjørn-Åge Øvrebø pupil -",
                "5 Maria-Kristine Ødegaard-Bjørnstad Aasen-Lillehammer pupil maria@example.no",
                "6 Mari Grønli pupil -",
            ])
        #expect(list.rejections.isEmpty && list.ignoredColumns.isEmpty)
    }

    @Test("UTF-8 with BOM and an English header, comma-separated, an empty role")
    func utf8WithBOM() throws {
        let list = try read("utf8-bom-header.csv")
        #expect(summary(list) == ["2 Æsa Lie pupil aesa@example.no", "3 Ståle Ødegård-Hansen teacher -", "4 Per Åberg pupil -"])
    }

    @Test("tab-separated with first and last name columns; an unknown column is reported as ignored")
    func tabSeparated() throws {
        let list = try read("tab-separated.txt")
        #expect(summary(list) == ["2 Trine Blåbærsyltetøy pupil -", "3 Øyvind Ærlighet-Åsen pupil -"])
        #expect(list.ignoredColumns == ["klasse"])
    }

    @Test("Excel's \"Unicode text\": UTF-16LE with BOM, tabs")
    func utf16() throws {
        #expect(summary(try read("excel-unicode-text.txt")) == ["2 Gudrun Ås pupil -", "3 Håkon Bø teacher -"])
    }

    @Test("a plain list: blank lines and surrounding spaces ignored, line numbers kept")
    func plainList() throws {
        let list = try read("plain-list.txt")
        #expect(summary(list) == ["1 Anne-Grethe Ødegård pupil -", "3 Lars Ørjasæter pupil -", "5 Siv Åkerø pupil -"])
        #expect(list.rejections.isEmpty)
    }

    @Test("duplicates and invalid rows: each rejected with its line and reason, the rest kept")
    func duplicatesAndInvalid() throws {
        let list = try read("duplicates-and-invalid.csv")
        #expect(summary(list) == ["1 Ola Nordmann pupil -", "9 Tor Bråten pupil -"])
        #expect(
            list.rejections == [
                .init(line: 2, name: "Kari Ås", reason: "email must be a plain e-mail address like name@example.no"),
                .init(line: 3, name: "OLA nordmann", reason: "duplicate of line 1"),
                .init(line: 5, name: "X", reason: "name must be at least 2 characters"),
                .init(line: 6, name: "R2-D2", reason: "name may contain only letters, spaces, hyphens, apostrophes and periods"),
                .init(line: 7, name: "Eva Øst", reason: "role must be pupil or teacher (elev or lærer)"),
                .init(line: 8, name: nil, reason: "name must be at least 2 characters"),
            ])
    }

    @Test("2,001 rows or more than 1 MiB: the whole list is refused")
    func limits() throws {
        #expect(throws: ValidationError(field: "list", reason: "has 2001 rows; at most 2000 are allowed")) { try read("oversized-2001-rows.txt") }
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: NameList.maxBytes + 1)
        #expect(throws: ValidationError(field: "list", reason: "is larger than 1 MiB; split it into several lists")) { try NameList(bytes: huge) }
        #expect(throws: ValidationError(field: "list", reason: "has no names")) { try NameList(bytes: Array(" \r\n\n".utf8)) }
    }

    @Test("bytes that are no text encoding Vaktbok reads are refused")
    func undecodable() throws {
        #expect(throws: ValidationError(field: "list", reason: "is neither UTF-8, UTF-16 nor Windows-1252 text")) {
            try NameList(bytes: [0x4F, 0x6C, 0x61, 0x81, 0x8D])
        }
    }

    @Test("quoted fields may hold separators, doubled quotes and line breaks")
    func quoting() {
        let records = DelimitedText.records(of: "a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";x\n", separator: ";")
        #expect(records == [.init(line: 1, fields: ["a", "b;c", "say \"hi\""]), .init(line: 2, fields: ["two\nlines", "x"])])
    }
}
