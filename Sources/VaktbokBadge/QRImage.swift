/// Renders a `QRMatrix` as SVG or PNG, with the standard 4-module quiet zone.
public struct QRImage: Sendable {
    /// The code to draw.
    public let matrix: QRMatrix
    /// Quiet-zone width in modules.
    public let margin = 4

    /// A renderer for `matrix`.
    public init(matrix: QRMatrix) {
        self.matrix = matrix
    }

    /// The path data drawing each horizontal run of dark modules as one rectangle, offset by the quiet zone.
    public var svgPathData: String {
        var path = ""
        for row in 0..<matrix.size {
            var column = 0
            while column < matrix.size {
                guard matrix.isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < matrix.size, matrix.isDark(row: row, column: column) { column += 1 }
                path += "M\(start + margin) \(row + margin)h\(column - start)v1h-\(column - start)z"
            }
        }
        return path
    }

    /// A standalone SVG document, `pixels` wide and high.
    public func svg(pixels: Int = 256) -> String {
        let side = matrix.size + 2 * margin
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels)" height="\(pixels)" \
            viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path d="\(svgPathData)" fill="#000"/></svg>
            """
    }

    /// A 1-bit greyscale PNG with each module `scale` pixels square.
    public func png(scale: Int = 8) -> [UInt8] {
        let side = (matrix.size + 2 * margin) * scale
        let rowBytes = (side + 7) / 8
        var raw = [UInt8]()
        raw.reserveCapacity((rowBytes + 1) * side)
        for y in 0..<side {
            raw.append(0)
            var row = [UInt8](repeating: 0xFF, count: rowBytes)
            for x in 0..<side where isDark(pixelX: x, pixelY: y, scale: scale) {
                row[x / 8] &= ~(0x80 >> UInt8(x % 8))
            }
            raw += row
        }
        return PNGEncoder.encode(width: side, height: side, bitDepth: 1, scanlines: raw)
    }

    private func isDark(pixelX: Int, pixelY: Int, scale: Int) -> Bool {
        let column = pixelX / scale - margin
        let row = pixelY / scale - margin
        guard (0..<matrix.size).contains(column), (0..<matrix.size).contains(row) else { return false }
        return matrix.isDark(row: row, column: column)
    }
}
