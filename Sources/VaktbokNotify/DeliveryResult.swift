/// What one delivery attempt came to.
public enum DeliveryResult: Sendable, Equatable {
    /// Accepted by the gateway or mail system.
    case sent
    /// Worth trying again (gateway down, 5xx, 429, time-out); the reason holds no personal data.
    case retry(String)
    /// Refused for good (4xx other than 429); the reason holds no personal data.
    case permanent(String)

    /// The result for an HTTP status: 2xx sent, 429 and 5xx retry, other 4xx permanent.
    public static func forHTTPStatus(_ status: UInt) -> DeliveryResult {
        switch status {
        case 200..<300: .sent
        case 429, 500..<600: .retry("HTTP \(status)")
        default: .permanent("HTTP \(status)")
        }
    }
}
