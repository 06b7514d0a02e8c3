import Foundation
import Testing
import VaktbokBadge
import VaktbokCore
import VaktbokTestSupport

@Suite("QR codes decoded by zbarimg")
struct QRCodeTests {
    @Test("a badge code's PNG scans back to the same code")
    func pngRoundTrip() throws {
        let code = BadgeCode.random().value
        let png = QRImage(matrix: try QRMatrix(encoding: code)).png()
        #expect(try ZBar.decode(png: Data(png)) == code)
    }

    @Test("small and large scales both scan", arguments: [3, 12])
    func scales(scale: Int) throws {
        let png = QRImage(matrix: try QRMatrix(encoding: "VAKTBOK-TEST")).png(scale: scale)
        #expect(try ZBar.decode(png: Data(png)) == "VAKTBOK-TEST")
    }

    @Test("the PNG header states the size of matrix, quiet zone and scale")
    func pngHeader() throws {
        let matrix = try QRMatrix(encoding: BadgeCode.random().value)
        let png = QRImage(matrix: matrix).png(scale: 5)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == (matrix.size + 8) * 5)
    }

    @Test("a 22-character code fits QR version 2 (25 modules) at level M")
    func matrixSize() throws {
        #expect(try QRMatrix(encoding: BadgeCode.random().value).size == 25)
    }

    @Test("the standalone SVG is well-formed and its runs cover exactly the dark modules")
    func svg() throws {
        let matrix = try QRMatrix(encoding: "abc")
        let image = QRImage(matrix: matrix)
        #expect(XMLCheck.isWellFormed(image.svg()))
        var drawn = Set<[Int]>()
        for run in image.svgPathData.split(separator: "M").map({ $0.split(whereSeparator: { "hvz ".contains($0) }) }) {
            let (x, y, width) = (Int(run[0])!, Int(run[1])!, Int(run[2])!)
            for column in x..<x + width { drawn.insert([y - image.margin, column - image.margin]) }
        }
        let dark = (0..<matrix.size).flatMap { row in
            (0..<matrix.size).filter { matrix.isDark(row: row, column: $0) }.map { [row, $0] }
        }
        #expect(drawn == Set(dark))
    }
}
