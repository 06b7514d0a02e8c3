import Foundation
import Testing

@Suite("Roll-call figures and the fire-warden role, through the real binary")
struct RollCallCLITests {
    @Test("rollcall drills lists ended drills, newest first, with the time to full count; evacuations and open drills are left out")
    func drills() throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        #expect(try cli.run(["rollcall", "drills"]).stdout == "no ended drills\n")
        _ = try cli.sql(
            """
            INSERT INTO roll_call (site_id, kind, started_at, ended_at, total, full_count_at) VALUES
              (1, 'drill', '2026-11-02 09:00:00.000', '2026-11-02 09:20:00.000', 40, '2026-11-02 09:07:30.000'),
              (1, 'drill', '2026-11-20 13:00:00.000', '2026-11-20 13:30:00.000', 12, NULL),
              (1, 'evacuation', '2026-11-21 10:00:00.000', '2026-11-21 10:30:00.000', 30, '2026-11-21 10:05:00.000');
            INSERT INTO roll_call (site_id, kind, started_at, total) VALUES (1, 'drill', '2026-11-22 08:00:00.000', 5);
            """)
        let listed = try cli.run(["rollcall", "drills", "--site", "osl"])
        #expect(listed.status == 0)
        #expect(
            listed.stdout == """
                OSL\t2026-11-20T13:00:00Z\t12 people\tnot everyone accounted for
                OSL\t2026-11-02T09:00:00Z\t40 people\tall accounted for after 450 s

                """)
        let unknown = try cli.run(["rollcall", "drills", "--site", "XYZ"])
        #expect(unknown.status != 0 && unknown.stderr.contains("site") && unknown.stdout.isEmpty)
    }

    @Test("a fire-warden login can be added; an unknown role names the roles there are")
    func firewardenRole() throws {
        let cli = VaktbokBinary()
        try cli.run(["site", "add", "--code", "OSL", "--name", "Oslo HQ"])
        let added = try cli.run(
            ["staff", "add", "--username", "brannvakt", "--role", "firewarden", "--site", "OSL", "--password-stdin"], stdin: "et langt passord\n")
        #expect(added.status == 0 && added.stdout.contains("firewarden"))
        let wrong = try cli.run(["staff", "add", "--username", "vakt", "--role", "warden", "--password-stdin"], stdin: "et langt passord\n")
        #expect(wrong.status != 0 && wrong.stderr.contains("reception, privacy, admin, firewarden"))
        #expect(try cli.sql("SELECT role FROM staff") == "firewarden")
    }
}
