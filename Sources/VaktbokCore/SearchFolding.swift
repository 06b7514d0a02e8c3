import Foundation

/// Case- and accent-insensitive matching of names for type-ahead search.
public enum SearchFolding {
    /// `text` lower-cased with accents removed (é→e, å→a); letters without decomposition (ø, æ) stay.
    public static func fold(_ text: String) -> String {
        let scalars = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !$0.properties.generalCategory.isMark }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Whether every word of `query` starts some part of `name`, in any order, both folded; words and parts are
    /// separated by white space and hyphens, so "Kari N", "nordmann kari" and "Bjørnstad-Ød" all find their names.
    public static func matches(_ name: String, query: String) -> Bool {
        let parts = words(of: name)
        return words(of: query).allSatisfy { word in parts.contains { $0.hasPrefix(word) } }
    }

    /// The folded words of `text`.
    public static func words(of text: String) -> [Substring] {
        fold(text).split(whereSeparator: { $0.isWhitespace || $0 == "-" })
    }

    /// What a name is searched by in SQL: its folded words, each after a space, so that `LIKE '% word%'` finds the
    /// names with a part starting with `word`.
    public static func searchKey(of name: String) -> String {
        words(of: name).map { " " + $0 }.joined()
    }
}
