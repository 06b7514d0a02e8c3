import Foundation

/// Turns the bytes of an uploaded list into text: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's
/// "Unicode text"), or else Windows-1252 (Excel's default CSV encoding on Norwegian Windows).
public enum ListDecoding {
    /// The text of `bytes`; throws when they are none of the encodings above.
    public static func text(of bytes: [UInt8]) throws(ValidationError) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            return text
        }
        if bytes.starts(with: [0xFF, 0xFE]), let text = String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian) {
            return text
        }
        if bytes.starts(with: [0xFE, 0xFF]), let text = String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) {
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: Data(bytes), encoding: .windowsCP1252), !text.contains("\u{FFFD}") { return text }
        throw ValidationError(field: "list", reason: "is neither UTF-8, UTF-16 nor Windows-1252 text")
    }
}
