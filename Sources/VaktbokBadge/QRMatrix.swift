import CQRencode

/// A QR code's modules as a square grid of Booleans (true = dark), made by libqrencode.
public struct QRMatrix: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major modules, `size * size` of them.
    public let modules: [Bool]

    /// Encodes `text` as 8-bit data at error-correction level M, choosing the smallest version.
    public init(encoding text: String) throws(QREncodingError) {
        guard let qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw QREncodingError.encodingFailed
        }
        defer { QRcode_free(qr) }
        let width = Int(qr.pointee.width)
        size = width
        modules = (0..<width * width).map { qr.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module at `row`, `column` is dark.
    public func isDark(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }
}
