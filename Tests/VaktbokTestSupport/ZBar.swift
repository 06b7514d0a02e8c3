import Foundation

/// Decodes QR codes with the real `zbarimg` (Debian package zbar-tools), as a phone or scanner would.
public enum ZBar {
    /// The text of the one QR code in `png`; empty when zbarimg finds none.
    public static func decode(png: Data) throws -> String {
        let file = TemporaryFolder.make("qr").appendingPathComponent("code.png")
        try png.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--quiet", "--raw", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
