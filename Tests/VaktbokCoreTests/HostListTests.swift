import Testing
import VaktbokCore

@Suite("Host directory lists")
struct HostListTests {
    @Test("English headers in any order: employee id and e-mail read, a department ignored, keys compared without case")
    func englishHeaders() throws {
        let text =
            "Department,Email,Name,Employee ID,Mobile\n"
            + "Sales,Kari@Example.no,Kari Nordmann-Hølaas,E-17,912 34 567\nIT,kari@example.no,Kari Igjen,,\n"
        let list = try HostList(bytes: Array(text.utf8))
        #expect(list.entries.map(\.name.value) == ["Kari Nordmann-Hølaas", "Kari Igjen"])
        #expect(list.entries.first?.employeeID?.value == "E-17" && list.entries.first?.phone?.e164 == "+4791234567")
        #expect(list.entries.map(\.key) == ["employee:E-17", "email:kari@example.no"])
        #expect(list.ignoredColumns == ["department"])
        #expect(list.rejections.isEmpty)
    }

    @Test("without a header: name, mobile, e-mail; a row with neither an e-mail nor an employee number is rejected with its line")
    func positional() throws {
        let list = try HostList(bytes: Array("Åse Bø;+4790011223;ase@example.no\nPer Uten-Nøkkel;91234567;\n".utf8))
        #expect(list.entries.map(\.line) == [1])
        #expect(list.rejections.map(\.line) == [2])
        #expect(list.rejections.first?.reason.contains("employee number or an e-mail") == true)
    }
}
