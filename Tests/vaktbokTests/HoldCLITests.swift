import Foundation
import GRDB
import Testing
import VaktbokCore
import VaktbokTooling

@testable import VaktbokStore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("vaktbok hold, run as the real binary")
struct HoldCLITests {
    @Test("add, list, release; bad input and unknown visits fail with a message and add nothing")
    func holds() async throws {
        let seeded = try await SeededDatabase()
        let visit = try await seeded.checkIn("Per Ærø", "91234567", at: "2026-10-01T10:00:00Z")
        let added = try seeded.cli.run(["hold", "add", "--visit", "\(visit.visit.rowID)", "--reason", "sak 2026-114", "--until", "2099-01-31"])
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try seeded.cli.run(["hold", "list"]).stdout.contains("\(id)\tvisit \(visit.visit.rowID)\tuntil 2099-01-31T23:00:00Z\tsak 2026-114"))
        for (arguments, message) in [
            (["--visit", "999", "--reason", "sak 1", "--until", "2099-01-31"], "no such visit"),
            (["--visit", "\(visit.visit.rowID)", "--reason", "x", "--until", "2099-01-31"], "--reason"),
            (["--visit", "\(visit.visit.rowID)", "--reason", "sak 1", "--until", "31.01.2099"], "--until"),
            (["--visit", "\(visit.visit.rowID)", "--reason", "sak 1", "--until", "2020-01-01"], "past"),
        ] {
            let result = try seeded.cli.run(["hold", "add"] + arguments)
            #expect(result.status != 0 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try seeded.cli.sql("SELECT count(*) FROM hold") == "1")
        #expect(try seeded.cli.run(["hold", "release", id]).status == 0)
        let again = try seeded.cli.run(["hold", "release", id])
        #expect(again.status != 0 && again.stderr.contains("no longer in force"))
        #expect(try seeded.cli.run(["hold", "list"]).stdout.isEmpty)
    }
}
