/// A minimal PDF 1.4 file: numbered objects, then the cross-reference table and trailer, all in ASCII.
struct PDFWriter {
    private var bytes: [UInt8] = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    private var offsets: [Int] = []

    /// The number the next `add` gives its object.
    var nextNumber: Int { offsets.count + 1 }

    /// Appends object `nextNumber` with `body` (a dictionary or other PDF value) and returns its number.
    @discardableResult
    mutating func add(_ body: String) -> Int {
        offsets.append(bytes.count)
        bytes += Array("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8)
        return offsets.count
    }

    /// Appends a stream object holding `content`.
    @discardableResult
    mutating func addStream(_ content: String) -> Int {
        add("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
    }

    /// The finished file with object `root` as its catalogue.
    func finished(root: Int) -> [UInt8] {
        var xref = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { xref += "\(String(repeating: "0", count: max(0, 10 - String(offset).count)))\(offset) 00000 n \n" }
        xref += "trailer\n<< /Size \(offsets.count + 1) /Root \(root) 0 R >>\nstartxref\n\(bytes.count)\n%%EOF\n"
        return bytes + Array(xref.utf8)
    }
}
