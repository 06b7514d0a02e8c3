import Crypto
import Foundation
import VaktbokCore

/// A 6-digit code sent by SMS to prove control of a phone number; only its salted hash is stored.
public enum OneTimeCode {
    /// How long a code is valid.
    public static let lifetime: TimeInterval = 15 * 60

    /// A fresh uniformly random code, `000000`–`999999`.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
    }

    /// The hash stored for `code`, salted with the request it belongs to.
    public static func hash(_ code: String, requestID: Int64) -> String {
        SHA256.hash(data: Data("vaktbok-otp:\(requestID):\(code)".utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
