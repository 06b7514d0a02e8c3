import Foundation
import Hummingbird

/// A request's query string read as browsers and HTML forms encode it (`application/x-www-form-urlencoded`, as
/// `URLSearchParams` writes it): `+` is a space and `%XX` a UTF-8 byte, so `q=Kari+N` and `q=Kari%20N` are the same.
/// A parameter given twice, or not decodable, is a 400 naming it; nothing is guessed.
struct FormQuery: Sendable {
    private let values: [String: String]

    /// The parameters of `raw` (the query as it came on the wire, without `?`).
    init(_ raw: String?) throws {
        var values: [String: String] = [:]
        for pair in (raw ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else {
                throw APIError(.badRequest, "the query string is not valid form encoding")
            }
            guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw APIError(.badRequest, "\(name) is not valid form encoding (percent escapes of UTF-8)", field: name)
            }
            guard values.updateValue(value, forKey: name) == nil else {
                throw APIError(.badRequest, "\(name) is given more than once", field: name)
            }
        }
        self.values = values
    }

    /// The decoded value of parameter `name`, if given.
    subscript(name: String) -> String? { values[name] }

    /// Parameter `name` as `true` or `false`, if given; anything else is a 400 naming it.
    func flag(_ name: String) throws -> Bool? {
        guard let raw = values[name] else { return nil }
        guard let value = Bool(raw) else { throw APIError(.badRequest, "\(name) must be true or false", field: name) }
        return value
    }

    /// `+` as space, then percent escapes; nil for an escape that is malformed or not UTF-8.
    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

extension Request {
    /// The query string, decoded as a form (see `FormQuery`).
    func formQuery() throws -> FormQuery { try FormQuery(uri.query) }
}
