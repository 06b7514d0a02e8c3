import Testing
import VaktbokCore
import VaktbokSheets
import VaktbokTestSupport

@Suite("List files: Excel workbooks and text")
struct ListFileTests {
    private func table(_ fixture: String, sheet: String? = nil, maxBytes: Int = HostList.maxBytes) throws -> ListTable {
        try ListFile.table(try Fixtures.listBytes(fixture), sheet: sheet, maxBytes: maxBytes)
    }

    @Test("an HR export written by openpyxl: the title row skipped, a name header merged over two columns, numbers as typed, a date, a blank row")
    func hostDirectory() throws {
        let list = try HostList(table: try table("host-directory.xlsx"))
        #expect(
            list.entries.map(\.name.value) == [
                "Åse Bø-Ødegård", "Kjell-Ove Sæther", "Maria-Magdalena Østensjø-Åkerlund von Hohenzollern-Sigmaringen", "Ola Uten-Nøkkel",
            ])
        #expect(list.entries.map { $0.employeeID?.value } == ["00123", "4711", "A-9", "B-1"])
        #expect(list.entries.map { $0.phone?.e164 } == ["+4741234567", "+4790211223", nil, "+4791234567"])
        #expect(list.entries.map(\.line) == [3, 4, 6, 7], "lines are the sheet's row numbers, the blank row 5 skipped")
        #expect(list.ignoredColumns == ["avdeling", "startdato"])
        #expect(list.rejections.isEmpty)
    }

    @Test("a date cell reads as the day it shows; a sheet is chosen by name, without case")
    func datesAndSheets() throws {
        let records = try table("host-directory.xlsx").records
        #expect(records.first { $0.line == 3 }?.fields.last == "2019-08-01")
        #expect(records.first { $0.line == 6 }?.fields.last == "2026-12-01")
        let left = try HostList(table: try table("host-directory.xlsx", sheet: "SLUTTET"))
        #expect(left.entries.map(\.name.value) == ["Bård Ås"] && left.entries.first?.employeeID?.value == "00777")
        #expect(throws: ValidationError(field: "sheet", reason: "is not a sheet of this workbook (it has 2)")) {
            try table("host-directory.xlsx", sheet: "Ark1")
        }
    }

    @Test("a class list: the hidden first sheet passed over, a role merged down over the pupils, a teacher")
    func schoolListFromOpenpyxl() throws {
        let list = try NameList(table: try table("school-list.xlsx", maxBytes: NameList.maxBytes))
        #expect(list.entries.map(\.name.value) == ["Ærlend Å. Løvås", "Siri Bråthen-Ødegaard", "Tuva Nygård", "Per-Øyvind Kråkenes"])
        #expect(list.entries.map(\.role) == [.pupil, .pupil, .pupil, .teacher])
        #expect(list.ignoredColumns == ["klasse"])
    }

    @Test("a class list saved by LibreOffice Calc: shared strings instead of inline ones")
    func schoolListFromLibreOffice() throws {
        let list = try NameList(table: try table("libreoffice-school-list.xlsx", maxBytes: NameList.maxBytes))
        #expect(list.entries.map(\.name.value) == ["Åshild Grønvold-Bakke", "Eirik Ødegård", "Kari Sørensen-Ås"])
        #expect(list.entries.map(\.role) == [.pupil, .pupil, .teacher])
    }

    @Test(
        "hostile and wrong files are refused whole, with a reason",
        arguments: [
            ("hostile-inflates-64mib.xlsx", "unpacks to more than 48 MiB; split it into several lists"),
            ("hostile-entities.xlsx", "is not an Excel file (a part declares a document type)"),
            ("hostile-column-bm.xlsx", "has a value beyond column BL; a list has at most 64 columns"),
            ("not-a-workbook.zip", "is a ZIP archive but not an Excel workbook (.xlsx)"),
            ("hostile-row-overflow.xlsx", "is a damaged Excel file (a row number cannot be read)"),
            ("hostile-row-twice.xlsx", "is a damaged Excel file (a row number cannot be read)"),
            ("hostile-million-cells.xlsx", "has more cells than a list of this size can have; split it into several lists"),
            ("hostile-merged-everywhere.xlsx", "has too many merged cells to read"),
            ("hostile-utf16.xlsx", "is not an Excel file (a part is not UTF-8 XML)"),
        ])
    func refused(fixture: String, reason: String) {
        #expect(throws: ValidationError(field: "list", reason: reason)) { try table(fixture) }
    }

    @Test("a merged range given bottom-right first is read like any other: its top-left cell (empty here) fills it")
    func reversedMerge() throws {
        #expect(try table("hostile-merge-reversed.xlsx").records.map(\.fields) == [["", "", "Kari"]])
    }

    @Test("an old .xls, a truncated workbook, a sheet named for a text list, and a file over the limit are refused")
    func otherRefusals() throws {
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        #expect(throws: ValidationError(field: "list", reason: "is an old Excel file (.xls); save it as .xlsx or CSV")) {
            try ListFile.table(xls, sheet: nil, maxBytes: NameList.maxBytes)
        }
        let workbook = try Fixtures.listBytes("school-list.xlsx")
        #expect(throws: ValidationError.self) { try ListFile.table(Array(workbook.prefix(2_000)), sheet: nil, maxBytes: NameList.maxBytes) }
        #expect(throws: ValidationError(field: "sheet", reason: "applies to an Excel file (.xlsx); this list is text")) {
            try ListFile.table(Array("Kari Nordmann\n".utf8), sheet: "Ark1", maxBytes: NameList.maxBytes)
        }
        #expect(throws: ValidationError(field: "list", reason: "is larger than 1 MiB; split it into several lists")) {
            try ListFile.table(workbook + Array(repeating: 0, count: NameList.maxBytes), sheet: nil, maxBytes: NameList.maxBytes)
        }
    }

    @Test("text lists read as before through the same door")
    func text() throws {
        let list = try NameList(
            table: try ListFile.table(try Fixtures.listBytes("excel-semicolon-cp1252.csv"), sheet: nil, maxBytes: NameList.maxBytes))
        #expect(!list.entries.isEmpty)
    }
}
