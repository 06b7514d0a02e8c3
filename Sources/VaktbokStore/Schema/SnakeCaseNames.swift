import Foundation
import GRDB
import Synchronization

/// snake_case column names ↔ camelCase coding keys, each name converted once per process: GRDB's own
/// `convertFromSnakeCase` re-converts every column of every row it decodes (converting once took the desk's host
/// search from 0.68× to 0.87× of a static file's rate; BENCHMARKS.md).
enum SnakeCaseNames {
    private static let keys = Mutex<[String: String]>([:])
    private static let columns = Mutex<[String: String]>([:])

    /// The decoding strategy: `visitor_name` → `visitorName`.
    static let decoding = DatabaseColumnDecodingStrategy.custom { column in NameKey(key(forColumn: column)) }
    /// The encoding strategy: `visitorName` → `visitor_name`.
    static let encoding = DatabaseColumnEncodingStrategy.custom { key in column(forKey: key.stringValue) }

    /// The camelCase key for `column`, as Foundation's `convertFromSnakeCase` makes it: the words between inner
    /// underscores joined, the first lowercased and the others capitalised; leading and trailing underscores kept.
    static func key(forColumn column: String) -> String {
        if let known = keys.withLock({ $0[column] }) { return known }
        let leading = column.prefix { $0 == "_" }
        let rest = column.dropFirst(leading.count)
        let trailing = rest.reversed().prefix { $0 == "_" }.count
        let middle = rest.dropLast(trailing)
        let words = middle.split(separator: "_")
        let joined = words.count <= 1 ? String(middle) : words[0].lowercased() + words.dropFirst().map(\.capitalized).joined()
        let key = String(leading) + joined + String(repeating: "_", count: trailing)
        keys.withLock { $0[column] = key }
        return key
    }

    /// The snake_case column for a lower-camelCase ASCII `key` (what record properties are), as Foundation's
    /// `convertToSnakeCase` makes it: `_` before a capital that follows a lowercase letter or digit, or that ends a
    /// run of capitals before a lowercase letter (`isHTMLPage` → `is_html_page`), and everything lowercased.
    static func column(forKey key: String) -> String {
        if let known = columns.withLock({ $0[key] }) { return known }
        let characters = Array(key)
        var column = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) { column += "_" }
            }
            column += character.lowercased()
        }
        columns.withLock { $0[key] = column }
        return column
    }

    /// A coding key made from a converted name.
    private struct NameKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
