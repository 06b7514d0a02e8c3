import Foundation

/// The body a chat channel's incoming webhook takes: Slack's `{"text": …}` or a Teams message with one Adaptive Card.
public enum ChatMessage {
    /// `text` as JSON for `format`; nil for the signed standard format, which carries a `WebhookPayload` instead.
    public static func body(_ text: String, format: WebhookFormat) -> String? {
        let object: [String: Any]
        switch format {
        case .standard: return nil
        case .slack: object = ["text": text]
        case .teams:
            let card: [String: Any] = [
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
                "body": [["type": "TextBlock", "text": text, "wrap": true]],
            ]
            object = ["type": "message", "attachments": [["contentType": "application/vnd.microsoft.card.adaptive", "content": card]]]
        }
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) }
    }
}
