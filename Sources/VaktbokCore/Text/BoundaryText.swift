import Foundation

/// The one gate for text from outside (HTTP, lists, CLI): bounded in UTF-8 bytes and Unicode scalars, no control,
/// format or invisible characters, at most a few combining marks per letter, then NFC; linear in the input's size.
public struct BoundaryText: Sendable {
    /// The most Unicode scalars the text may have after normalisation.
    public var maxScalars: Int
    /// The most UTF-8 bytes the text may have, before and after normalisation.
    public var maxBytes: Int
    /// Whether line breaks (LF, CR LF) may appear; tabs count as white space, every other control character is refused.
    public var allowsLineBreaks = false
    /// The most combining marks one letter may carry (Vietnamese needs two; "Zalgo" text has hundreds).
    public static let maxMarksPerLetter = 4

    /// Rules for text of at most `maxScalars` scalars and, by default, four UTF-8 bytes per scalar.
    public init(maxScalars: Int, maxBytes: Int? = nil, allowsLineBreaks: Bool = false) {
        self.maxScalars = maxScalars
        self.maxBytes = maxBytes ?? 4 * maxScalars
        self.allowsLineBreaks = allowsLineBreaks
    }

    /// `raw` in NFC if it passes every rule; otherwise a `ValidationError` for `field` that never echoes the text.
    public func clean(_ raw: String, field: String) throws(ValidationError) -> String {
        guard raw.utf8.count <= maxBytes else { throw tooLong(field) }
        var marks = 0
        var scalars = 0
        for scalar in raw.unicodeScalars {
            scalars += 1
            guard scalars <= maxScalars else { throw tooLong(field) }
            if Self.isMark(scalar) {
                marks += 1
                guard marks <= Self.maxMarksPerLetter else {
                    throw ValidationError(field: field, reason: "has too many accents on one letter (at most \(Self.maxMarksPerLetter))")
                }
                continue
            }
            marks = 0
            if let reason = refusal(of: scalar) { throw ValidationError(field: field, reason: reason) }
        }
        let normalised = raw.precomposedStringWithCanonicalMapping
        guard normalised.utf8.count <= maxBytes, normalised.unicodeScalars.count <= maxScalars else { throw tooLong(field) }
        return normalised
    }

    private func tooLong(_ field: String) -> ValidationError {
        ValidationError(field: field, reason: "is too long (at most \(maxScalars) characters and \(maxBytes) bytes)")
    }

    /// Why `scalar` may not appear, or nil when it may.
    private func refusal(of scalar: Unicode.Scalar) -> String? {
        switch scalar.properties.generalCategory {
        case .control:
            scalar == "\t" || allowsLineBreaks && (scalar == "\n" || scalar == "\r") ? nil : "may not contain control characters"
        case .lineSeparator, .paragraphSeparator:
            allowsLineBreaks ? nil : "may not contain line breaks"
        case .format, .privateUse, .surrogate, .unassigned:
            "may not contain invisible, private or unassigned characters"
        default:
            Self.blankLetters.contains(scalar.value) ? "may not contain invisible characters" : nil
        }
    }

    /// Combining marks, which attach to the letter before them.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: !blankLetters.contains(scalar.value)
        default: false
        }
    }

    /// Letters and marks that render as nothing: Hangul fillers, the braille blank, the combining grapheme
    /// joiner, Khmer inherent vowels and the variation selectors.
    static let blankLetters: Set<UInt32> = Set([0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5])
        .union(0xFE00...0xFE0F).union(0xE0100...0xE01EF).union(0x180B...0x180F)
}
