/// Why a QR code could not be made.
public enum QREncodingError: Error, Sendable {
    /// libqrencode returned no code (input too long or out of memory).
    case encodingFailed
}
