import Foundation
import Testing
import VaktbokTestSupport

@Suite("vaktbok printer add, list, change and remove, run as the real binary", .timeLimit(.minutes(2)))
struct PrinterCLITests {
    @Test("add prints the id; list shows target, media, dpi and terminals; change keeps what it is not given; remove; all audited")
    func lifecycle() async throws {
        let seeded = try await SeededDatabase()
        let added = try seeded.cli.run([
            "printer", "add", "--site", "OSL", "--name", "QL-820 skranke", "--queue", "QL820NWB", "--media", "62x100mm", "--terminal", "Skranke 1",
            "--terminal", "Skranke 2",
        ])
        #expect(added.status == 0 && added.stdout == "1\n", "\(added.stderr)")
        let zebra = try seeded.cli.run([
            "printer", "add", "--site", "OSL", "--name", "Zebra lager", "--ipp-url", "ipp://192.0.2.20/ipp/print", "--media", "62mm", "--dpi", "203",
            "--terminal", "skranke 2",
        ])
        #expect(zebra.status == 0 && zebra.stdout == "2\n")
        #expect(
            try seeded.cli.run(["printer", "list", "--site", "OSL"]).stdout
                == "1\tOSL\tQL-820 skranke\tQL820NWB\t62x100mm\t300 dpi\tSkranke 1\n2\tOSL\tZebra lager\tipp://192.0.2.20/ipp/print\t62mm\t203 dpi\tskranke 2\n"
        )
        #expect(try seeded.cli.run(["printer", "change", "1", "--media", "a4"]).stdout == "changed printer 1\n")
        #expect(try seeded.cli.sql("SELECT target || ' ' || media || ' ' || dots_per_inch FROM printer WHERE id = 1") == "QL820NWB a4 300")
        #expect(try seeded.cli.run(["printer", "change", "1", "--no-terminals"]).status == 0)
        #expect(try seeded.cli.sql("SELECT count(*) FROM kiosk_terminal") == "1")
        #expect(try seeded.cli.run(["printer", "remove", "2"]).stdout == "removed printer 2\n")
        #expect(try seeded.cli.run(["printer", "remove", "2"]).stderr.contains("no such printer"))
        #expect(
            try seeded.cli.sql("SELECT action FROM audit_log ORDER BY id")
                == "printer-add\nprinter-add\nprinter-change\nprinter-change\nprinter-remove")
        #expect(try seeded.cli.sql("SELECT count(*) FROM audit_log WHERE details LIKE '%192.0.2%' OR details LIKE '%QL820%'") == "0")
    }

    @Test(
        "bad input exits 1 naming the option as the CLI spells it, and stores nothing",
        arguments: [
            (["--queue", "QL820", "--ipp-url", "ipp://192.0.2.20/ipp/print"], "--queue give either"),
            (["--ipp-url", "ipp://kari:hemmelig@192.0.2.20/ipp/print"], "--ipp-url must be an ipp://"),
            (["--queue", "QL 820"], "--queue must be a CUPS queue name"), (["--queue", "QL820", "--media", "a5"], "--media must be one of"),
            (["--queue", "QL820", "--dpi", "72"], "--dpi must be 150 to 1200"),
            (["--queue", "QL820", "--terminal", "Skranke 1", "--terminal", "SKRANKE 1"], "--terminal names a terminal twice"),
            (["--queue", "QL820", "--site", "XYZ"], "no such site"),
        ])
    func refused(extra: [String], message: String) async throws {
        let seeded = try await SeededDatabase()
        var arguments = ["printer", "add", "--name", "QL-820", "--media", "62mm"] + extra
        if !extra.contains("--site") { arguments += ["--site", "OSL"] }
        let result = try seeded.cli.run(arguments)
        #expect(result.status == 1 && result.stderr.contains(message), "\(result.stderr)")
        #expect(try seeded.cli.sql("SELECT count(*) FROM printer") == "0")
    }
}
