import Testing
import VaktbokCore

@Suite("CSV for spreadsheets")
struct CSVWriterTests {
    @Test("BOM, semicolons, CRLF, RFC 4180 quoting")
    func document() {
        let csv = CSVWriter().document(header: ["name", "host"], rows: [["Åse; Ødegård", "Kari \"K\" Nordmann"]])
        #expect(csv == "\u{FEFF}name;host\r\n\"Åse; Ødegård\";\"Kari \"\"K\"\" Nordmann\"\r\n")
    }

    @Test("comma separator on request quotes commas instead")
    func comma() {
        let csv = CSVWriter(separator: ",").document(header: ["a"], rows: [["x,y"], ["x;y"]])
        #expect(csv == "\u{FEFF}a\r\n\"x,y\"\r\nx;y\r\n")
    }

    @Test(
        "cells that spreadsheets would run as formulas are neutralised",
        arguments: [
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
            ("+47912", "'+47912"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ])
    func formulas(cell: String, expected: String) {
        #expect(CSVWriter().document(header: [], rows: [[cell]]) == "\u{FEFF}\r\n" + expected + "\r\n")
    }
}
