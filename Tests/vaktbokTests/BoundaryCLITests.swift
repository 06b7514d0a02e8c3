import Foundation
import Testing

@Suite("The CLI takes text through the same gate as the API")
struct BoundaryCLITests {
    /// Text no field may hold (a NUL cannot travel in an argument, so the gate's other refusals stand in for it).
    static let hostile = [
        "Å" + String(repeating: "\u{301}", count: 2_000) + "se", "Åse\u{E0041}Berg", "\u{3164}\u{3164}", "Å\u{200D}se Berg",
        "Åse\u{1B}[2JBerg", String(repeating: "ø", count: 3_000),
    ]

    @Test("host, site, staff, subject, hold and consent commands refuse hostile text with a message, exit 1, and store nothing", arguments: hostile)
    func refused(text: String) throws {
        let cli = VaktbokBinary()
        let body = URL(fileURLWithPath: cli.databasePath + ".body.txt"), hostileBody = URL(fileURLWithPath: cli.databasePath + ".hostile.txt")
        try "Vi har læreplasser.\n".write(to: body, atomically: true, encoding: .utf8)
        try ("Hei\n" + text + "\u{0}").write(to: hostileBody, atomically: true, encoding: .utf8)  // a long plain body is allowed; NUL never
        #expect(try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"]).status == 0)
        let attempts: [([String], String)] = [
            (["host", "add", "--site", "OSL", "--name", text], ""),
            (["site", "add", "--code", "BGO", "--name", text], ""),
            (["staff", "add", "--username", text, "--role", "reception", "--password-stdin"], "riktig hest batteri\n"),
            (["staff", "add", "--username", "kari", "--role", "reception", "--password-stdin"], text + "\n"),
            (["subject", "register", "--type", "access", "--name", text], ""),
            (["consent", "withdraw", "--email", text + "@example.no"], ""),
            (["consent", "mail", "--subject", text, "--body-file", body.path, "--public-url", "https://vaktbok.example.no"], ""),
            (["consent", "mail", "--subject", "Læreplass", "--body-file", hostileBody.path, "--public-url", "https://vaktbok.example.no"], ""),
        ]
        for (arguments, input) in attempts {
            let result = try cli.run(arguments, stdin: input)
            #expect(result.status == 1, "\(arguments.prefix(2)): \(result.status) \(result.stderr)")
            #expect(!result.stderr.isEmpty && !result.stderr.contains("Åse") && !result.stderr.contains(text), "\(arguments.prefix(2))")
        }
        #expect(
            try cli.sql(
                "SELECT (SELECT count(*) FROM host) || (SELECT count(*) FROM site) || (SELECT count(*) FROM staff) || (SELECT count(*) FROM subject_request)"
            ) == "0100")
    }
}
