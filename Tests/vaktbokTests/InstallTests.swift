import Foundation
import Testing
import VaktbokTestSupport

@Suite("scripts/install stages a service that runs from anywhere, with units systemd accepts")
struct InstallTests {
    /// A staged installation under a temporary root.
    let root = TemporaryFolder.make("install")

    /// Runs scripts/install into `root` with the built binary.
    private func install(_ extra: [String] = []) throws -> VaktbokBinary.Result {
        try VaktbokBinary().run(
            ["install", "--root", root.path, "--binary", VaktbokBinary.url.path] + extra,
            executable: Fixtures.repository.appendingPathComponent("scripts/install").path)
    }

    /// The octal mode of `path` under the root.
    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: root.path + path)[.posixPermissions] as? Int) ?? -1
    }

    @Test("files land with the modes the promise needs: secrets 0600, data 0700, the kiosk beside the binary")
    func layout() throws {
        let result = try install()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try mode("/etc/vaktbok/vaktbok.env") == 0o600 && mode("/var/lib/vaktbok") == 0o700 && mode("/usr/local/bin/vaktbok") == 0o755)
        #expect(FileManager.default.fileExists(atPath: root.path + "/usr/local/share/vaktbok/kiosk/index.html"))
        #expect(try mode("/usr/local/share/vaktbok/openapi.yaml") == 0o644 && mode("/usr/local/bin/swift-backtrace") == 0o755)
        for unit in ["vaktbok.service", "vaktbok-purge.service", "vaktbok-purge.timer", "vaktbok-backup.service", "vaktbok-backup.timer"] {
            #expect(try mode("/etc/systemd/system/\(unit)") == 0o644, "\(unit)")
        }
        try "VAKTBOK_METRICS_TOKEN=kept\n".write(toFile: root.path + "/etc/vaktbok/vaktbok.env", atomically: true, encoding: .utf8)
        #expect(try install().status == 0)
        #expect(
            try String(contentsOfFile: root.path + "/etc/vaktbok/vaktbok.env", encoding: .utf8) == "VAKTBOK_METRICS_TOKEN=kept\n", "settings survive")
        #expect(try mode("/etc/vaktbok/vaktbok.env") == 0o600)
        let refused = try install(["--prefix", "relative"])
        #expect(refused.status == 64 && refused.stderr.contains("--prefix must be an absolute path"))
        let odd = try install(["--prefix", "/opt/my app&co"])
        #expect(odd.status == 64 && odd.stderr.contains("--prefix may hold only"))
    }

    @Test("the installed binary, started from / as vaktbok.env starts it, serves the installed kiosk and API description and logs JSON lines")
    func servesFromAnywhere() async throws {
        #expect(try install().status == 0)
        let description = root.path + "/usr/local/share/vaktbok/openapi.yaml"
        let installedCopy = try String(contentsOfFile: description, encoding: .utf8) + "# the installed copy\n"
        try installedCopy.write(toFile: description, atomically: true, encoding: .utf8)
        let cli = VaktbokBinary()
        let binary = URL(fileURLWithPath: root.path + "/usr/local/bin/vaktbok")
        let server = try DemoServer(
            cli: cli, arguments: ["--log-format", "json"], executable: binary, directory: URL(fileURLWithPath: "/"))
        #expect(server.listening.hasSuffix("kiosk \(root.path)/usr/local/share/vaktbok/kiosk)"), "\(server.listening)")
        let page = try await APIClient(port: server.port).send("GET", "/")
        #expect(page.status == 200 && page.text.contains("<html lang=\"nb\">"))
        let spec = try await APIClient(port: server.port).send("GET", "/openapi.yaml")
        #expect(spec.status == 200 && spec.text == installedCopy)
        #expect(try server.stop() == 0)
        let lines = try server.log().split(separator: "\n")
        #expect(lines.contains { $0.contains("\"message\":\"request\"") && $0.contains("\"http.status\":\"200\"") }, "\(lines.prefix(5))")
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(Set(object?.keys.map { $0 } ?? []) == ["time", "level", "label", "message", "metadata"], "\(line)")
        }
        try FileManager.default.removeItem(atPath: description)
        let without = try DemoServer(cli: cli, arguments: [], executable: binary, directory: URL(fileURLWithPath: "/"))
        let missing = try await APIClient(port: without.port).send("GET", "/openapi.yaml")
        #expect(missing.status == 404, "an installation without its copy answers 404, not with the checkout's copy")
        #expect(try without.stop() == 0)
    }

    @Test("serve refuses a kiosk folder without index.html, and --api-only with --kiosk-dir")
    func kioskOptions() throws {
        let cli = VaktbokBinary()
        let empty = TemporaryFolder.make("empty-kiosk").path
        let missing = try cli.run(["serve", "--port", "0", "--kiosk-dir", empty])
        #expect(missing.status != 0 && missing.stderr.contains("--kiosk-dir \(empty) holds no index.html"))
        let both = try cli.run(["serve", "--port", "0", "--api-only", "--kiosk-dir", empty])
        #expect(both.status != 0 && both.stderr.contains("--api-only and --kiosk-dir exclude each other"))
        let format = try cli.run(["serve", "--port", "0", "--log-format", "xml"])
        #expect(format.status != 0 && format.stderr.contains("--log-format must be text or json"))
    }

    @Test("systemd-analyze verify accepts every unit (the purge's retry on 75 included) once paths point into the root")
    func unitsVerify() throws {
        #expect(try install().status == 0)
        let check = TemporaryFolder.make("units")
        var units: [String] = []
        for unit in try FileManager.default.contentsOfDirectory(atPath: root.path + "/etc/systemd/system").sorted() {
            let text = try String(contentsOfFile: root.path + "/etc/systemd/system/" + unit, encoding: .utf8)
            let relocated = text.replacingOccurrences(of: "/usr/local/bin/", with: root.path + "/usr/local/bin/")
            try relocated.write(to: check.appendingPathComponent(unit), atomically: true, encoding: .utf8)
            units.append(check.appendingPathComponent(unit).path)
        }
        #expect(units.count == 5)
        let verify = try VaktbokBinary().run(["systemd-analyze", "verify"] + units, executable: "/usr/bin/systemd-analyze")
        #expect(verify.status == 0 && verify.stderr.isEmpty, "\(verify.stderr)")
        let purge = try String(contentsOfFile: root.path + "/etc/systemd/system/vaktbok-purge.service", encoding: .utf8)
        #expect(
            purge.contains("Restart=on-failure") && purge.contains("RestartPreventExitStatus=1 64")
                && !purge.split(separator: "\n").contains { $0.hasPrefix("RestartForceExitStatus") })
        let security = try VaktbokBinary().run(
            ["systemd-analyze", "security", "--offline=true", "--threshold=20", check.appendingPathComponent("vaktbok.service").path],
            executable: "/usr/bin/systemd-analyze")
        #expect(security.status == 0 && security.stdout.contains("Overall exposure level for vaktbok.service: 1."), "\(security.stdout.suffix(200))")
    }

    @Test("the Caddy example is a valid Caddy configuration")
    func caddyExample() throws {
        let caddyfile = Fixtures.repository.appendingPathComponent("jobs/Caddyfile").path
        let result = try VaktbokBinary().run(
            ["caddy", "validate", "--adapter", "caddyfile", "--config", caddyfile], environment: ["HOME": root.path, "XDG_DATA_HOME": root.path],
            executable: "/usr/bin/caddy")
        #expect(result.status == 0, "\(result.stderr.suffix(400))")
    }
}
