import Foundation

/// Case- and accent-insensitive matching of names for type-ahead search.
public enum SearchFolding {
    /// `text` lower-cased with accents removed (é→e, å→a); letters without decomposition (ø, æ) stay.
    public static func fold(_ text: String) -> String {
        let scalars = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !$0.properties.generalCategory.isMark }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Whether any space- or hyphen-separated part of `name` starts with `prefix`, both folded.
    public static func anyPartOf(_ name: String, startsWith prefix: String) -> Bool {
        let needle = fold(prefix.trimmingWhitespace())
        guard !needle.isEmpty else { return true }
        let folded = fold(name)
        if folded.hasPrefix(needle) { return true }
        return folded.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0.hasPrefix(needle) }
    }
}
