import Foundation

/// Unbuffered standard output, so that a supervising process sees each line at once.
enum Output {
    /// Writes `text` and a newline to standard output immediately.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
