import Foundation

/// Reads PDF files with Poppler's tools (Debian package poppler-utils), as a printer driver would: page sizes, text, and
/// the QR codes on each page once rasterised.
public enum Poppler {
    /// Each page's width and height in millimetres, from `pdfinfo`.
    public static func pageSizes(_ pdf: [UInt8]) throws -> [(width: Double, height: Double)] {
        let file = try write(pdf)
        let info = try Subprocess.run("/usr/bin/pdfinfo", ["-f", "1", "-l", "999", file.path]).stdout
        return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.compactMap { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            guard numbers.count >= 3 else { return nil }
            return (numbers[1] * 25.4 / 72, numbers[2] * 25.4 / 72)
        }
    }

    /// The text `pdftotext` finds, in reading order.
    public static func text(_ pdf: [UInt8]) throws -> String {
        let file = try write(pdf)
        return try Subprocess.run("/usr/bin/pdftotext", ["-enc", "UTF-8", file.path, "-"]).stdout
    }

    /// The words and their left and right edges in points, from `pdftotext -bbox`.
    public static func wordBoxes(_ pdf: [UInt8]) throws -> [(word: String, left: Double, right: Double)] {
        let file = try write(pdf)
        let html = try Subprocess.run("/usr/bin/pdftotext", ["-bbox", file.path, "-"]).stdout
        return html.components(separatedBy: "<word ").dropFirst().compactMap { entry in
            func attribute(_ name: String) -> Double? {
                entry.components(separatedBy: "\(name)=\"").dropFirst().first?.split(separator: "\"").first.flatMap { Double($0) }
            }
            let word = entry.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first ?? ""
            guard let left = attribute("xMin"), let right = attribute("xMax") else { return nil }
            return (word, left, right)
        }
    }

    /// The QR codes zbarimg reads on every page rasterised at `dotsPerInch`, page by page.
    public static func qrCodes(_ pdf: [UInt8], dotsPerInch: Int) throws -> [String] {
        let file = try write(pdf)
        let prefix = file.deletingLastPathComponent().appendingPathComponent("page").path
        _ = try Subprocess.run("/usr/bin/pdftoppm", ["-r", "\(dotsPerInch)", "-png", "-mono", file.path, prefix])
        let pages = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("page") }.sorted()
        return try pages.flatMap { page in
            let path = file.deletingLastPathComponent().appendingPathComponent(page).path
            return try Subprocess.run("/usr/bin/zbarimg", ["--quiet", "--raw", path]).stdout.split(separator: "\n").map(String.init)
        }
    }

    private static func write(_ pdf: [UInt8]) throws -> URL {
        let file = TemporaryFolder.make("pdf").appendingPathComponent("badge.pdf")
        try Data(pdf).write(to: file)
        return file
    }
}
