import Foundation

/// The body a chat channel's incoming webhook takes: Slack's `{"text": …}` or a Teams message with one Adaptive Card;
/// names are escaped so that the channel shows them as written, never as mentions, links or formatting.
public enum ChatMessage {
    /// `text` as JSON for `format`; nil for the signed standard format, which carries a `WebhookPayload` instead.
    public static func body(_ text: String, format: WebhookFormat) -> String? {
        let object: [String: Any]
        switch format {
        case .standard: return nil
        case .slack:
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            object = ["text": escaped]
        case .teams:
            let card: [String: Any] = [
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
                "body": [["type": "TextBlock", "text": markdownEscaped(text), "wrap": true]],
            ]
            object = ["type": "message", "attachments": [["contentType": "application/vnd.microsoft.card.adaptive", "content": card]]]
        }
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `text` with the characters Adaptive Card markdown gives meaning to backslash-escaped.
    private static func markdownEscaped(_ text: String) -> String {
        text.reduce(into: "") { escaped, character in
            if "\\*_[]()#~`>".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
    }
}
