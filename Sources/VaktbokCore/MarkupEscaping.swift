/// Escaping of text placed in HTML or SVG/XML documents.
public enum MarkupEscaping {
    /// `text` with `& < > " '` replaced by entities, safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special.contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static let special: Set<UInt8> = Set("&<>\"'".utf8)
}
