import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VaktbokAPI

extension TestClientProtocol {
    /// Signs in (at kiosk `terminal`, if given) and returns the bearer token.
    func login(_ username: String, password: String = APIFixture.password, terminal: String? = nil) async throws -> String {
        var body = ["username": username, "password": password]
        body["terminal"] = terminal
        let response = try await send(.post, "/api/v1/session", body: body)
        #expect(response.status == .created)
        return try response.decoded(as: LoginResponse.self).token
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
    func registerRequest(token: String, type: String, subject: [String: String] = ["phone": "41234567"]) async throws -> Int64 {
        let response = try await send(.post, "/api/v1/requests", token: token, body: ["type": type, "subject": subject, "receivedAt": "2026-11-21"])
        #expect(response.status == .created)
        return try response.decoded(as: RequestResponse.self).id
    }

    /// How many people the evacuation list of `site` shows to `token`'s staff member.
    func onSiteCount(site: String, token: String) async throws -> Int {
        try await send(.get, "/api/v1/sites/\(site)/onsite", token: token).decoded(as: OnSiteResponse.self).count
    }

    /// Registers a visitor at OSL as `token`'s staff member; returns the visit JSON.
    func checkIn(token: String, name: String = "Ærlig Østby-Ås", phone: String = "912 34 567", hostId: Int64) async throws -> VisitResponse {
        let response = try await send(.post, "/api/v1/visits", token: token, body: ["name": name, "phone": phone, "hostId": hostId, "site": "OSL"])
        #expect(response.status == .created)
        return try response.decoded()
    }
}

extension TestResponse {
    /// The body decoded as the API's `T`, with its ISO 8601 dates; throws (failing the test) when it is not one.
    func decoded<T: Decodable>(as type: T.Type = T.self) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(buffer: body))
    }

    /// `error.message` and `error.field` of an error answer.
    var error: (message: String?, field: String?) {
        let detail = (try? decoded(as: ErrorBody.self))?.error
        return (detail?.message, detail?.field)
    }

    var text: String { String(buffer: body) }
}

/// The instant an ISO 8601 text such as `2026-11-22T09:00:00Z` names (a literal in a test, so never malformed).
func instant(_ text: String) -> Date {
    guard let date = try? Date(text, strategy: .iso8601) else { preconditionFailure("not ISO 8601: \(text)") }
    return date
}
