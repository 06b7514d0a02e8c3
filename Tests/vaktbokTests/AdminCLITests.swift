import Foundation
import Testing

@Suite("Admin CLI, run as the real binary")
struct AdminCLITests {
    @Test("site add and list; duplicates and bad values fail with a message and change nothing")
    func sites() throws {
        let cli = VaktbokBinary()
        let added = try cli.run(["site", "add", "--code", "osl", "--name", "Oslo HQ"])
        #expect(added.status == 0 && added.stdout == "added site OSL\n")
        #expect(try cli.run(["site", "list"]).stdout == "OSL\tOslo HQ\tEurope/Oslo\tvisits kept 10 days\n")
        #expect(try cli.run(["site", "retention", "--code", "osl", "--visit-days", "14"]).stdout == "site OSL keeps visits 14 days\n")
        let retention = try cli.run(["site", "retention", "--code", "OSL", "--visit-days", "0"])
        #expect(retention.status != 0 && retention.stderr.contains("--visit-days"))

        let duplicate = try cli.run(["site", "add", "--code", "OSL", "--name", "Again"])
        #expect(duplicate.status != 0 && duplicate.stderr.contains("code is already in use"))
        let zone = try cli.run(["site", "add", "--code", "BGO", "--name", "Bergen", "--timezone", "Europe/Bergen"])
        #expect(zone.status != 0 && zone.stderr.contains("--timezone"))
        let code = try cli.run(["site", "add", "--code", "B G O", "--name", "Bergen"])
        #expect(code.status != 0 && code.stderr.contains("--code"))
        #expect(try cli.sql("SELECT count(*) FROM site") == "1")
    }

    @Test("host add prints the id; list shows it; deactivate twice fails the second time")
    func hosts() throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let added = try cli.run(["host", "add", "--site", "OSL", "--name", "Kari Nordmann", "--phone", "912 34 567", "--email", "kari@example.no"])
        #expect(added.status == 0)
        let id = try #require(Int(added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try cli.run(["host", "list", "--site", "OSL"]).stdout == "\(id)\tKari Nordmann\tactive\t+4791234567\tkari@example.no\n")

        #expect(try cli.run(["host", "deactivate", "\(id)"]).status == 0)
        #expect(try cli.run(["host", "list", "--site", "osl"]).stdout.contains("inactive"))
        let again = try cli.run(["host", "deactivate", "\(id)"])
        #expect(again.status != 0 && again.stderr.contains("already inactive"))
        let unknown = try cli.run(["host", "deactivate", "999"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no such host"))
        #expect(try cli.run(["host", "deactivate", "kari"]).status != 0)
    }

    @Test(
        "bad host input names the option and writes nothing",
        arguments: [
            (["--site", "OSL", "--name", "Kari Nordmann", "--phone", "22123456"], "--phone"),
            (["--site", "OSL", "--name", "K", "--phone", "91234567"], "--name"),
            (["--site", "OSL", "--name", "Kari Nordmann", "--email", "kari@"], "--email"),
            (["--site", "TRD", "--name", "Kari Nordmann"], "no such site"),
        ])
    func badHosts(arguments: [String], message: String) throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let result = try cli.run(["host", "add"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try cli.sql("SELECT count(*) FROM host") == "0")
    }

    @Test("staff add reads the password from stdin and stores only a bcrypt hash")
    func staff() throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let added = try cli.run(
            ["staff", "add", "--username", "Kari", "--role", "reception", "--site", "OSL", "--password-stdin"],
            stdin: "et langt passord\n"
        )
        #expect(added.status == 0 && added.stdout == "added reception login kari\n")
        let hash = try cli.sql("SELECT password_hash FROM staff WHERE username = 'kari'")
        #expect(hash.hasPrefix("$2b$11$") && hash.count == 60)
        #expect(!(try String(contentsOfFile: cli.databasePath, encoding: .isoLatin1)).contains("et langt passord"))
    }

    @Test(
        "bad staff input fails with a message and adds no login",
        arguments: [
            (["--username", "kari", "--role", "guard", "--password-stdin"], "--role"),
            (["--username", "kari nordmann", "--role", "admin", "--password-stdin"], "--username"),
            (["--username", "kari", "--role", "admin", "--site", "TRD", "--password-stdin"], "no such site"),
            (["--username", "kari", "--role", "admin"], "--password-stdin"),
        ])
    func badStaff(arguments: [String], message: String) throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let result = try cli.run(["staff", "add"] + arguments, stdin: "et langt passord\n")
        #expect(result.status != 0 && result.stderr.contains(message), "\(result.stderr)")
        #expect(try cli.sql("SELECT count(*) FROM staff") == "0")
    }

    @Test("short passwords and taken usernames are refused")
    func passwordsAndDuplicates() throws {
        let cli = VaktbokBinary()
        let short = try cli.run(["staff", "add", "--username", "kari", "--role", "admin", "--password-stdin"], stdin: "kort\n")
        #expect(short.status != 0 && short.stderr.contains("10 to 128"))
        #expect(try cli.run(["staff", "add", "--username", "kari", "--role", "admin", "--password-stdin"], stdin: "et langt passord\n").status == 0)
        let taken = try cli.run(["staff", "add", "--username", "KARI", "--role", "privacy", "--password-stdin"], stdin: "et annet passord\n")
        #expect(taken.status != 0 && taken.stderr.contains("username is already in use"))
        #expect(try cli.sql("SELECT count(*) FROM staff") == "1")
    }

    @Test("site notify sets language, privacy link and a signed webhook; bad values change nothing")
    func siteNotify() throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let nothingToRotate = try cli.run(["site", "notify", "--code", "OSL", "--rotate-webhook-secret"])
        #expect(nothingToRotate.status != 0 && nothingToRotate.stderr.contains("no webhook secret to rotate"), "\(nothingToRotate.stderr)")
        let set = try cli.run(
            [
                "site", "notify", "--code", "OSL", "--language", "en", "--privacy-url", "https://example.no/p",
                "--webhook-url", "https://hooks.example.no/v", "--webhook-secret-stdin",
            ],
            stdin: "a-secret-of-some-length\n"
        )
        #expect(set.status == 0 && set.stdout == "site OSL: language en, webhook on (standard)\n", "\(set.stderr)")
        #expect(
            try cli.sql("SELECT language || ' ' || privacy_notice_url || ' ' || webhook_secret FROM site")
                == "en https://example.no/p a-secret-of-some-length")
        for (arguments, message) in [
            (["--language", "sv"], "--language"), (["--privacy-url", "ftp://x"], "--privacy-url"),
            (["--webhook-url", "https://other.example.no", "--webhook-secret-stdin"], "16 to 256"),
            (["--webhook-format", "discord"], "--webhook-format"), (["--rotate-webhook-secret", "--webhook-secret-stdin"], "either"),
        ] {
            let result = try cli.run(["site", "notify", "--code", "OSL"] + arguments, stdin: "short\n")
            #expect(result.status != 0 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.sql("SELECT language || ' ' || webhook_url FROM site") == "en https://hooks.example.no/v")
        let off = try cli.run(["site", "notify", "--code", "OSL", "--webhook-url", ""])
        #expect(off.status == 0 && off.stdout.contains("webhook off"))
    }

    @Test(
        "serve refuses a public URL it could not build links on, before listening",
        arguments: ["ftp://vaktbok.example.no", "https://", "https://vaktbok.example.no/?a=1", "https://x@vaktbok.example.no"])
    func badPublicURL(_ url: String) throws {
        let result = try VaktbokBinary().run(["serve", "--port", "0", "--api-only", "--public-url", url])
        #expect(result.status != 0 && result.stderr.contains("--public-url must be"), "\(url): \(result.stderr)")
    }

    @Test("site closing sets and clears the closing time and reminder hours; a bad value or site changes nothing")
    func siteClosing() throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let set = try cli.run(["site", "closing", "--code", "OSL", "--at", "17:30"])
        #expect(set.status == 0 && set.stdout == "site OSL closes at 17:30; hosts reminded never\n", "\(set.stderr)")
        let remind = try cli.run(["site", "closing", "--code", "OSL", "--remind-after", "3"])
        #expect(remind.stdout == "site OSL closes at 17:30; hosts reminded after 3 h\n", "\(remind.stderr)")
        for arguments in [
            ["--code", "OSL", "--at", "25:00"], ["--code", "OSL", "--at", "half past five"], ["--code", "BGO", "--at", "18:00"],
            ["--code", "OSL", "--remind-after", "13"], ["--code", "OSL", "--remind-after", "0"], ["--code", "OSL"],
        ] {
            let refused = try cli.run(["site", "closing"] + arguments)
            #expect(refused.status != 0 && !refused.stderr.isEmpty, "\(arguments)")
        }
        #expect(try cli.sql("SELECT closing_minutes || ' ' || reminder_hours FROM site") == "1050 3")
        let off = try cli.run(["site", "closing", "--code", "OSL", "--at", "off", "--remind-after", "off"])
        #expect(off.stdout == "site OSL closes at the end of the day; hosts reminded never\n")
        #expect(try cli.sql("SELECT closing_minutes IS NULL AND reminder_hours IS NULL FROM site") == "1")
    }

    @Test("staff list, password (signing out every session) and remove, each audited by id; unknown logins fail clearly")
    func staffLifecycle() async throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        try cli.run(["staff", "add", "--username", "kari", "--role", "reception", "--site", "OSL", "--password-stdin"], stdin: "et langt passord\n")
        try cli.run(["staff", "add", "--username", "admin", "--role", "admin", "--password-stdin"], stdin: "et langt passord\n")
        #expect(try cli.run(["staff", "list"]).stdout == "admin\tadmin\tall sites\nkari\treception\tOSL\n")
        _ = try cli.sql(
            "INSERT INTO staff_session (staff_id, token_hash, created_at, expires_at) SELECT id, 'x', '2026-01-01', '2099-01-01' FROM staff WHERE username = 'kari'"
        )
        let before = try cli.sql("SELECT password_hash FROM staff WHERE username = 'kari'")
        let changed = try cli.run(["staff", "password", "--username", "Kari", "--password-stdin"], stdin: "et helt nytt passord\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(try cli.sql("SELECT password_hash FROM staff WHERE username = 'kari'") != before)
        #expect(try cli.sql("SELECT count(*) FROM staff_session") == "0")
        let short = try cli.run(["staff", "password", "--username", "kari", "--password-stdin"], stdin: "kort\n")
        #expect(short.status != 0 && short.stderr.contains("10 to 128"))
        #expect(try cli.run(["staff", "remove", "--username", "kari"]).status == 0)
        let gone = try cli.run(["staff", "remove", "--username", "kari"])
        #expect(gone.status != 0 && gone.stderr.contains("no such staff login"))
        #expect(try cli.run(["staff", "list"]).stdout == "admin\tadmin\tall sites\n")
        let audited = try cli.sql(
            "SELECT group_concat(action || ' ' || actor, ';') FROM (SELECT * FROM audit_log WHERE action LIKE 'staff-%' ORDER BY id)")
        #expect(
            audited.split(separator: ";").map { $0.split(separator: " ")[0] } == ["staff-add", "staff-add", "staff-password-reset", "staff-remove"])
        let details = try cli.sql("SELECT group_concat(details) FROM audit_log")
        #expect(audited.contains("cli:") && !details.contains("kari"))
    }

    @Test("VAKTBOK_DB chooses the database when --db is not given")
    func environmentDatabase() throws {
        let cli = VaktbokBinary()
        var environment = ProcessInfo.processInfo.environment
        environment["VAKTBOK_DB"] = cli.databasePath
        let result = try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"], environment: environment, addDatabase: false)
        #expect(result.status == 0)
        #expect(try cli.sql("SELECT code FROM site") == "OSL")
    }
}
