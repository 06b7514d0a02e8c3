import ArgumentParser
import Foundation
import VaktbokCore

/// `vaktbok bench parsers`: each parser of untrusted input on hostile inputs of doubling size; linear time shows
/// as a ratio near 2 from one size to the next (a quadratic one shows 4).
struct BenchParsers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parsers", abstract: "Time per input size for every parser of untrusted input.")
    @Option(help: "Timed runs per size; medians are reported.") var runs = 5
    @Option(help: "Doublings after the smallest size (64 KiB).") var doublings = 4

    func run() async throws {
        let cases: [(String, (Int) -> [UInt8], ([UInt8]) -> Void)] = [
            (
                "name list, quotes after text (a\"a\"…)", { Array(repeating: Array("a\"".utf8), count: $0 / 2).flatMap { $0 } },
                { _ = try? NameList(bytes: $0) }
            ),
            ("name list, opening quotes (\"\"\"…)", { Array(repeating: UInt8(ascii: "\""), count: $0) }, { _ = try? NameList(bytes: $0) }),
            (
                "name list, a blank run then quotes (quadratic before #13)",
                { Array(("n;r\n" + String(repeating: " ", count: $0 / 2 - 8) + "x" + String(repeating: "\"", count: $0 / 2)).utf8) },
                { _ = try? NameList(bytes: $0) }
            ),
            (
                "name list, rows of names", { Array(String(repeating: "Åse Øvrebø-Lie;elev\n", count: $0 / 22).utf8) },
                { _ = try? NameList(bytes: $0) }
            ),
            (
                "text gate, combining marks", { Array(("A" + String(repeating: "\u{301}", count: $0 / 2)).utf8) },
                { _ = try? BoundaryText(maxScalars: .max, maxBytes: .max).clean(String(decoding: $0, as: UTF8.self), field: "name") }
            ),
            (
                "text gate, letters", { Array(String(repeating: "å", count: $0 / 2).utf8) },
                { _ = try? BoundaryText(maxScalars: .max, maxBytes: .max).clean(String(decoding: $0, as: UTF8.self), field: "name") }
            ),
            (
                "person name, bloated", { Array(String(repeating: "Å\u{301}", count: $0 / 4).utf8) },
                { _ = try? PersonName(String(decoding: $0, as: UTF8.self)) }
            ),
            (
                "e-mail address, dots", { Array((String(repeating: "a.", count: $0 / 2) + "@x.no").utf8) },
                { _ = try? EmailAddress(String(decoding: $0, as: UTF8.self)) }
            ),
            (
                "phone number, spaces", { Array(String(repeating: " 9", count: $0 / 2).utf8) },
                { _ = try? PhoneNumber(String(decoding: $0, as: UTF8.self)) }
            ),
        ]
        Output.line("median of \(runs) runs per size; ratio = time / time at half the size (linear ≈ 2, quadratic ≈ 4)")
        for (name, input, parse) in cases {
            var previous: Double?
            var line = "  \(name):"
            for step in 0...doublings {
                let bytes = input(65_536 << step)
                let seconds = try await Timing.median(runs) { parse(bytes) }
                line += String(format: " %d KiB %.1f ms", bytes.count / 1024, seconds * 1_000)
                if let previous { line += String(format: " (×%.1f)", seconds / previous) }
                line += ";"
                previous = seconds
            }
            Output.line(line)
        }
    }
}
