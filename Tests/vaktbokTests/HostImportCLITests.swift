import Foundation
import Testing
import VaktbokTestSupport

@Suite("vaktbok host import: an HR export of the host directory, run as the real binary", .timeLimit(.minutes(2)))
struct HostImportCLITests {
    let now = ["--now", "2026-11-22T09:00:00Z"]

    @Test("Windows-1252 with Norwegian headers: hosts matched by employee number or e-mail; bad rows exit 65; the same file again changes nothing")
    func directory() async throws {
        let seeded = try await SeededDatabase()
        let arguments = ["host", "import", Fixtures.list("host-directory.csv"), "--site", "OSL"] + now
        let dry = try seeded.cli.run(arguments + ["--dry-run", "--deactivate-missing"])
        #expect(dry.status == 65 && dry.stdout.contains("dry run, nothing stored: imported 3, updated 0, unchanged 0, deactivated 1, rejected 3"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM host") == "1")

        let first = try seeded.cli.run(arguments + ["--deactivate-missing"])
        #expect(first.status == 65, "\(first.stderr)")
        #expect(first.stdout.contains("line 2\timported\tKari Nordmann-Hølaas\t\n"))
        #expect(first.stdout.contains("line 4\trejected\tPer Ærø\tphone must be"))
        #expect(first.stdout.contains("line 5\trejected\tLise Lie\temployeeId needs an employee number or an e-mail address"))
        #expect(first.stdout.contains("line 6\trejected\tKari Duplikat\tthe same host as line 2\n"))
        #expect(first.stdout.contains("line 7\timported\tMaximiliane Henriette Sophie von Løwenstein-Wertheim-Freudenberg\t\n"))
        #expect(first.stdout.contains("host \(seeded.host.rowID)\tdeactivated\tKari Nordmann\t\n"), "the seeded host is not in the file")
        #expect(first.stdout.contains("ignored columns: avdeling"))
        #expect(try seeded.cli.sql("SELECT employee_number || ' ' || phone FROM host WHERE email = 'kari.holaas@example.no'") == "1001 +4791234567")

        let hosts = try seeded.cli.sql("SELECT * FROM host ORDER BY id")
        let again = try seeded.cli.run(arguments + ["--deactivate-missing"])
        #expect(again.stdout.contains("imported 0, updated 0, unchanged 3, deactivated 0, rejected 3"))
        #expect(try seeded.cli.sql("SELECT * FROM host ORDER BY id") == hosts, "re-importing the same file changes nothing")

        let changed = TemporaryFolder.make("hosts").appendingPathComponent("changed.csv")
        let text = try #require(
            String(data: try Data(contentsOf: URL(fileURLWithPath: Fixtures.list("host-directory.csv"))), encoding: .windowsCP1252))
        try #require(text.replacingOccurrences(of: "912 34 567", with: "913 45 678").data(using: .windowsCP1252)).write(to: changed)
        let update = try seeded.cli.run(["host", "import", changed.path, "--site", "OSL"] + now)
        #expect(update.stdout.contains("line 2\tupdated\tKari Nordmann-Hølaas\t\n"), "\(update.stdout)")
        #expect(try seeded.cli.sql("SELECT phone FROM host WHERE employee_number = '1001'") == "+4791345678")
        #expect(try seeded.cli.sql("SELECT count(*) FROM audit_log WHERE action = 'host-import'") == "3")
        #expect(try seeded.cli.sql("SELECT count(*) FROM audit_log WHERE details LIKE '%Kari%' OR details LIKE '%example.no%'") == "0")
    }

    @Test("an Excel workbook: its first sheet, or --sheet; a sheet it lacks, --sheet for a CSV, and a ZIP bomb exit 1 and store nothing")
    func workbook() async throws {
        let seeded = try await SeededDatabase()
        let arguments = ["host", "import", Fixtures.list("host-directory.xlsx"), "--site", "OSL"] + now
        let first = try seeded.cli.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("line 3\timported\tÅse Bø-Ødegård\t\n") && first.stdout.contains("imported 4, updated 0, unchanged 0"))
        #expect(try seeded.cli.sql("SELECT phone FROM host WHERE employee_number = '00123'") == "+4741234567")
        #expect(try seeded.cli.run(arguments).stdout.contains("imported 0, updated 0, unchanged 4"))
        let left = try seeded.cli.run(arguments + ["--sheet", "Sluttet"])
        #expect(left.status == 0 && left.stdout.contains("line 2\timported\tBård Ås\t\n"), "\(left.stdout)")

        let hosts = try seeded.cli.sql("SELECT * FROM host ORDER BY id")
        let missing = try seeded.cli.run(arguments + ["--sheet", "Ark1"])
        #expect(missing.status == 1 && missing.stderr.contains("--sheet is not a sheet of this workbook (it has 2)"), "\(missing.stderr)")
        let text = try seeded.cli.run(["host", "import", Fixtures.list("host-directory.csv"), "--site", "OSL", "--sheet", "Ark1"])
        #expect(text.status == 1 && text.stderr.contains("--sheet applies to an Excel file (.xlsx)"))
        let bomb = try seeded.cli.run(["host", "import", Fixtures.list("hostile-inflates-64mib.xlsx"), "--site", "OSL"])
        #expect(bomb.status == 1 && bomb.stderr.contains("unpacks to more than 48 MiB"))
        #expect(try seeded.cli.sql("SELECT * FROM host ORDER BY id") == hosts)
    }

    @Test("a list with no names, or a site that does not exist, exits 1 and stores nothing")
    func refused() async throws {
        let seeded = try await SeededDatabase()
        let empty = try seeded.cli.run(["host", "import", "-", "--site", "OSL"], stdin: "Navn;E-post\r\n")
        #expect(empty.status == 1 && empty.stderr.contains("has no names"), "\(empty.stderr)")
        let site = try seeded.cli.run(["host", "import", Fixtures.list("host-directory.csv"), "--site", "XYZ"])
        #expect(site.status == 1 && site.stderr.contains("no such site"))
        #expect(try seeded.cli.sql("SELECT count(*) FROM host") == "1")
    }
}
