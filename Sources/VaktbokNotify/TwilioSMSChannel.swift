import AsyncHTTPClient
import Foundation
import NIOCore
import VaktbokCore

/// SMS through a Twilio-compatible gateway: a form POST to `{baseURL}/2010-04-01/Accounts/{sid}/Messages.json`
/// with HTTP basic auth.
public struct TwilioSMSChannel: DeliveryChannel {
    let baseURL: String
    let accountSID: String
    let authToken: String
    let from: String

    /// A channel for the account `accountSID` at `baseURL`, sending as `from`.
    public init(baseURL: String, accountSID: String, authToken: String, from: String) {
        self.baseURL = baseURL
        self.accountSID = accountSID
        self.authToken = authToken
        self.from = from
    }

    /// One form POST; the answer decides sent, retry or permanent.
    public func deliver(_ message: OutboxMessage) async -> DeliveryResult {
        var request = HTTPClientRequest(url: "\(baseURL)/2010-04-01/Accounts/\(accountSID)/Messages.json")
        request.method = .POST
        let credentials = Data("\(accountSID):\(authToken)".utf8).base64EncodedString()
        request.headers.add(name: "Authorization", value: "Basic \(credentials)")
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "I-Twilio-Idempotency-Token", value: message.idempotencyKey)
        let form = [("To", message.recipient), ("From", from), ("Body", message.body)]
            .map { "\($0.0)=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        request.body = .bytes(ByteBuffer(string: form))
        return await HTTPDelivery.send(request)
    }
}

/// One HTTP attempt with a time limit, classified as sent, retry or permanent.
enum HTTPDelivery {
    static let timeout: TimeAmount = .seconds(5)

    static func send(_ request: HTTPClientRequest) async -> DeliveryResult {
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: timeout)
            _ = try? await response.body.collect(upTo: 64 * 1024)
            return .forHTTPStatus(response.status.code)
        } catch {
            return .retry("unreachable: \(type(of: error))")
        }
    }
}

/// `application/x-www-form-urlencoded` escaping.
enum FormEncoding {
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
