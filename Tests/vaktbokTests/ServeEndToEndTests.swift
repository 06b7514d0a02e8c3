import Foundation
import Testing
import VaktbokNotify
import VaktbokTestSupport

@testable import VaktbokAPI

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("vaktbok serve --demo, end to end", .timeLimit(.minutes(2)))
struct ServeEndToEndTests {
    @Test("a newcomer's first session: demo login, check-in, QR scan, check-out, clean stop on SIGTERM")
    func newcomer() async throws {
        let cli = VaktbokBinary()
        let server = try DemoServer(cli: cli)
        let api = APIClient(port: server.port)

        let token = try await api.login("resepsjon", password: server.receptionPassword)

        let added = try cli.run(["host", "add", "--site", "OSL", "--name", "Signe Fjellstad-Ødegaard"])
        #expect(added.status == 0, "the admin CLI works while the server runs: \(added.stderr)")
        let hostID = try #require(Int(added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let hosts = try await api.send("GET", "/api/v1/hosts?q=signe", token: token)
        #expect(hosts.text.contains("\"id\":\(hostID)"))

        let visitorName = "Vilde Kvitblomst-Ånnerud"
        let checkIn = try await api.send(
            "POST", "/api/v1/visits", token: token, body: ["name": visitorName, "phone": "976 54 321", "hostId": hostID])
        #expect(checkIn.status == 201)
        let visit = try checkIn.decoded(as: VisitResponse.self)
        #expect(visit.visitor.name == visitorName && visit.host.id == Int64(hostID))
        let png = try await api.send("GET", "/api/v1/visits/\(visit.id)/qr.png", token: token)
        let scanned = try ZBar.decode(png: png.body)
        #expect(scanned == visit.badgeCode)
        #expect(try await api.send("GET", "/api/v1/sites/OSL/onsite", token: token).decoded(as: OnSiteResponse.self).count == 1)
        #expect(try await api.send("POST", "/api/v1/checkout", token: token, body: ["badgeCode": scanned]).status == 200)
        #expect(try await api.send("GET", "/api/v1/sites/OSL/onsite", token: token).decoded(as: OnSiteResponse.self).count == 0)

        let status = try server.stop()
        #expect(status == 0)
        let log = try server.log()
        #expect(log.contains("checked in"))
        #expect(!log.contains("Kvitblomst") && !log.contains("97654321") && !log.contains(server.receptionPassword))
    }

    @Test("a new password set with the CLI, in another process, signs the running server's open session out")
    func cliSignsOut() async throws {
        let cli = VaktbokBinary()
        let server = try DemoServer(cli: cli)
        let api = APIClient(port: server.port)
        let token = try await api.login("resepsjon", password: server.receptionPassword)
        #expect(try await api.send("GET", "/api/v1/sites/OSL", token: token).status == 200)
        let changed = try cli.run(["staff", "password", "--username", "resepsjon", "--password-stdin"], stdin: "et helt nytt passord\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        try await eventually(10) { try await api.send("GET", "/api/v1/sites/OSL", token: token).status == 401 }
        #expect(try server.stop() == 0)
    }

    @Test("a bad --port or database path fails with a message")
    func badArguments() throws {
        let cli = VaktbokBinary()
        let port = try cli.run(["serve", "--port", "eighty"])
        #expect(port.status != 0 && port.stderr.contains("port"))
        let path = try cli.run(["serve", "--db", "/nonexistent-folder/x.sqlite"], addDatabase: false)
        #expect(path.status != 0 && path.stderr.contains("cannot open the database"))
        var environment = ProcessInfo.processInfo.environment
        environment["VAKTBOK_SMS_PROVIDER"] = "carrier-pigeon"
        let provider = try cli.run(["serve", "--port", "0"], environment: environment)
        #expect(provider.status != 0 && provider.stderr.contains("VAKTBOK_SMS_PROVIDER must be twilio or json"))
        environment["VAKTBOK_SMS_PROVIDER"] = "json"
        let missing = try cli.run(["serve", "--port", "0"], environment: environment)
        #expect(missing.status != 0 && missing.stderr.contains("VAKTBOK_SMS_URL must be set"))
    }
}

/// `vaktbok serve --demo --port 0` on a temporary database, its logins and port read from its output.
final class DemoServer {
    let process: ChildProcess
    let port: Int
    let receptionPassword: String
    /// The "listening on" line, which names the database and the kiosk folder served.
    let listening: String
    private let logFile: URL

    /// Starts `executable` (the built binary unless given) as `serve --demo` in `directory` (the test's unless given).
    init(
        cli: VaktbokBinary, environment: [String: String] = [:], arguments: [String] = [], executable: URL = VaktbokBinary.url,
        directory: URL? = nil
    ) throws {
        logFile = URL(fileURLWithPath: cli.databasePath + ".\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process = try ChildProcess(
            executable.path, ["serve", "--demo", "--port", "0", "--db", cli.databasePath] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }, directory: directory?.path, stdout: .pipe,
            stderr: .handle(try FileHandle(forWritingTo: logFile)))
        var text = ""
        while !text.contains("listening on") {
            let chunk = process.standardOutput?.availableData ?? Data()
            if chunk.isEmpty { throw DemoServerError.exited(text) }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let lines = text.split(separator: "\n")
        receptionPassword = String(lines.first { $0.contains("reception login") }?.split(separator: " ").last ?? "")
        listening = String(lines.first { $0.contains("listening on") } ?? "")
        let address = listening.split(separator: " ").dropFirst(3).first ?? ""
        port = Int(address.split(separator: ":").last ?? "") ?? 0
    }

    /// Sends SIGTERM and waits for the exit status.
    func stop() throws -> Int32 {
        process.terminate()
        return process.waitUntilExit()
    }

    /// Kills the server with SIGKILL, as a crash or power cut would.
    func crash() {
        process.forceKill()
        process.waitUntilExit()
    }

    /// Everything the server logged to stderr.
    func log() throws -> String {
        try String(contentsOf: logFile, encoding: .utf8)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

enum DemoServerError: Error {
    case exited(String)
}

/// A minimal JSON client for the server under test.
struct APIClient {
    let port: Int

    struct Reply {
        let status: Int
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }

        /// The body decoded as the API's `T`, with its ISO 8601 dates.
        func decoded<T: Decodable>(as type: T.Type = T.self) throws -> T {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(T.self, from: body)
        }
    }

    /// Signs in and returns the bearer token.
    func login(_ username: String, password: String) async throws -> String {
        let reply = try await send("POST", "/api/v1/session", body: ["username": username, "password": password])
        #expect(reply.status == 201)
        return try reply.decoded(as: LoginResponse.self).token
    }

    func send(_ method: String, _ path: String, token: String? = nil, body: [String: Any]? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data)
    }
}
