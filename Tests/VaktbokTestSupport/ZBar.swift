import Foundation

/// Decodes QR codes with the real `zbarimg` (Debian package zbar-tools), as a phone or scanner would.
public enum ZBar {
    /// The text of the one QR code in `png`; empty when zbarimg finds none.
    public static func decode(png: Data) throws -> String {
        let file = TemporaryFolder.make("qr").appendingPathComponent("code.png")
        try png.write(to: file)
        return try Subprocess.run("/usr/bin/zbarimg", ["--quiet", "--raw", file.path]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
