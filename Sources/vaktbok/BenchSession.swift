import ArgumentParser
import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import VaktbokStore
import VaktbokTooling

/// A signed-in admin session on a `ServeProcess` and the check-in requests the load sends.
struct BenchSession: Sendable {
    let url: String
    let token: String
    let hostID: Int64
    /// Visitors made so far by this session, across load runs: the duplicate-visit check refuses a name and phone already on site.
    private let visitors = VisitorCounter()

    /// Signs in as the demo admin and picks the demo site's first host.
    init(server: ServeProcess) async throws {
        url = server.url
        var login = HTTPClientRequest(url: url + "/api/v1/session")
        login.method = .POST
        login.headers.add(name: "Content-Type", value: "application/json")
        login.body = .bytes(ByteBuffer(string: #"{"username":"admin","password":"\#(server.adminPassword)"}"#))
        let answer = try await HTTPClient.shared.execute(login, timeout: .seconds(10)).body.collect(upTo: 1 << 16)
        let json = try JSONSerialization.jsonObject(with: Data(buffer: answer)) as? [String: Any]
        guard let token = json?["token"] as? String else { throw CLIError("cannot sign in to the benchmark server") }
        self.token = token
        var hosts = HTTPClientRequest(url: url + "/api/v1/hosts?site=OSL")
        hosts.headers.add(name: "Authorization", value: "Bearer \(token)")
        let list = try await HTTPClient.shared.execute(hosts, timeout: .seconds(10)).body.collect(upTo: 1 << 16)
        guard let first = (try JSONSerialization.jsonObject(with: Data(buffer: list)) as? [[String: Any]])?.first?["id"] as? Int else {
            throw CLIError("the benchmark server has no hosts")
        }
        hostID = Int64(first)
    }

    /// A check-in with an invented visitor no earlier request of this session used (any `client`, `sequence`).
    func checkIn(client: Int, sequence: Int) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url + "/api/v1/visits")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        let phone = String(format: "+479%07d", visitors.next() % 10_000_000)
        request.body = .bytes(ByteBuffer(string: #"{"name":"Last Ødegård-Åsen","phone":"\#(phone)","hostId":\#(hostID),"site":"OSL"}"#))
        return request
    }
}

/// A thread-safe count of the visitors a bench session has invented.
private final class VisitorCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// The next number, never handed out before.
    func next() -> Int { count.wrappingAdd(1, ordering: .relaxed).oldValue }
}
