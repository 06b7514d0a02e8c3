/// How a visit ended.
public enum CheckoutKind: String, Codable, Sendable {
    /// The badge's QR code was scanned or typed.
    case badge
    /// Checked out by staff from the on-site list.
    case manual
    /// Left open past its local day and closed by the maintenance service or purge.
    case automatic
    /// Left open past the site's closing time and closed then by the maintenance service or purge.
    case closing
    /// The host answered the still-checked-in reminder with "they have left".
    case host
}
