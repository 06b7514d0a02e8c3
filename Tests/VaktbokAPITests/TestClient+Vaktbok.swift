import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

extension TestClientProtocol {
    /// Signs in and returns the bearer token.
    func login(_ username: String, password: String = APIFixture.password) async throws -> String {
        let response = try await send(.post, "/api/v1/session", body: ["username": username, "password": password])
        #expect(response.status == .created)
        return try #require(response.json["token"] as? String)
    }

    /// Sends `body` as JSON (a dictionary or raw text) with an optional bearer token.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, body: Any? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        var buffer: ByteBuffer?
        if let text = body as? String {
            buffer = ByteBuffer(string: text)
        } else if let body {
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
        }
        if buffer != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: buffer)
    }

    /// Registers a data-subject request of `type` about `subject` as `token`'s officer; returns its id.
    func registerRequest(token: String, type: String, subject: [String: String] = ["phone": "41234567"]) async throws -> Int {
        let response = try await send(.post, "/api/v1/requests", token: token, body: ["type": type, "subject": subject, "receivedAt": "2026-11-21"])
        #expect(response.status == .created)
        return try #require(response.json["id"] as? Int)
    }

    /// Registers a visitor at OSL as `token`'s staff member; returns the visit JSON.
    func checkIn(token: String, name: String = "Ærlig Østby-Ås", phone: String = "912 34 567", hostId: Int64) async throws -> [String: Any] {
        let response = try await send(.post, "/api/v1/visits", token: token, body: ["name": name, "phone": phone, "hostId": hostId, "site": "OSL"])
        #expect(response.status == .created)
        return response.json
    }
}

extension TestResponse {
    /// The body parsed as a JSON object (empty when it is not one).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }

    /// `error.message` and `error.field` of an error answer.
    var error: (message: String?, field: String?) {
        let detail = json["error"] as? [String: Any]
        return (detail?["message"] as? String, detail?["field"] as? String)
    }

    var text: String { String(buffer: body) }
}
