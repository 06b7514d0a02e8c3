import Foundation

/// Where a printer's jobs go: a queue of the CUPS server on this machine, or a network printer's own IPP address.
public enum PrinterTarget: Equatable, Sendable, CustomStringConvertible {
    /// A CUPS queue name, as `lpstat -p` lists it.
    case queue(String)
    /// An `ipp://` or `ipps://` printer URI, e.g. `ipp://192.0.2.10/ipp/print`.
    case ipp(URL)

    /// Validates a queue name (1–127 letters, digits, `_`, `.` or `-`) or an IPP URI without credentials.
    public init(queue: String?, ippURL: String?) throws(ValidationError) {
        switch (queue, ippURL) {
        case let (name?, nil):
            guard (1...127).contains(name.utf8.count), name.first.map({ $0.isASCII && ($0.isLetter || $0.isNumber) }) == true,
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) })
            else {
                throw ValidationError(
                    field: "queue", reason: "must be a CUPS queue name: 1 to 127 letters, digits, '_', '.' or '-', a letter or digit first")
            }
            self = .queue(name)
        case let (nil, raw?):
            guard raw.utf8.count <= 255, raw.utf8.allSatisfy({ (0x21...0x7E).contains($0) }), let url = URL(string: raw),
                let scheme = url.scheme?.lowercased(), scheme == "ipp" || scheme == "ipps", let host = url.host, !host.isEmpty,
                url.user == nil, url.password == nil, url.query == nil, url.fragment == nil
            else { throw ValidationError(field: "ippUrl", reason: "must be an ipp:// or ipps:// printer URI without user, query or fragment") }
            self = .ipp(url)
        default:
            throw ValidationError(field: "queue", reason: "give either a CUPS queue or an IPP URI")
        }
    }

    /// Reads back a stored target: a URI when it has a scheme, else a queue name.
    public init(stored: String) throws(ValidationError) {
        self = stored.contains("://") ? try PrinterTarget(queue: nil, ippURL: stored) : try PrinterTarget(queue: stored, ippURL: nil)
    }

    /// The stored form: the queue name or the URI.
    public var description: String {
        switch self {
        case let .queue(name): name
        case let .ipp(url): url.absoluteString
        }
    }

    /// The printer URI IPP requests name, with queues at the CUPS server `cupsServer` (`host:port`).
    public func printerURI(cupsServer: String) -> String {
        switch self {
        case let .queue(name): "ipp://\(cupsServer)/printers/\(name)"
        case let .ipp(url): url.absoluteString
        }
    }

    /// The HTTP address IPP requests are posted to: `ipp` is HTTP on port 631 unless one is given, `ipps` is HTTPS.
    public func httpURL(cupsServer: String) -> String {
        var components = URLComponents(string: printerURI(cupsServer: cupsServer)) ?? URLComponents()
        let secure = components.scheme?.lowercased() == "ipps"
        components.scheme = secure ? "https" : "http"
        if components.port == nil { components.port = 631 }
        return components.string ?? ""
    }
}
