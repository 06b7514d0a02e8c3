import Foundation
import Hummingbird

/// SCIM's JSON: request bodies read with attribute names folded to lower case (SCIM names are case-insensitive,
/// RFC 7643 §2.1) and answers written as `application/scim+json`.
enum ScimJSON {
    /// The most bytes a SCIM request body may have.
    static let maxBodyBytes = 64 * 1024

    /// The request body's bytes; 413 beyond `maxBodyBytes`.
    static func bodyData(of request: Request) async throws -> Data {
        do {
            return Data(buffer: try await request.body.collect(upTo: maxBodyBytes))
        } catch {
            throw ScimError(.contentTooLarge, nil, "the request body is larger than 64 KiB")
        }
    }

    /// The request body as a JSON object with lower-case keys at every level (see `object(from:)`).
    static func body(of request: Request) async throws -> [String: Any] {
        try object(from: try await bodyData(of: request))
    }

    /// `data` as a JSON object with lower-case keys at every level; 400 for anything but a JSON object.
    static func object(from data: Data) throws -> [String: Any] {
        guard let parsed = try? JSONSerialization.jsonObject(with: data), let object = folded(parsed) as? [String: Any] else {
            throw ScimError(.badRequest, "invalidSyntax", "the request body is not a JSON object")
        }
        return object
    }

    /// `value` with every object key in lower case.
    static func folded(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return Dictionary(object.map { ($0.key.lowercased(), folded($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
        if let array = value as? [Any] { return array.map(folded) }
        return value
    }

    /// `object` as an `application/scim+json` answer with `status`.
    static func response(_ object: [String: Any], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        var fields = headers
        fields[.contentType] = "application/scim+json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The text of `value` when it is a string; nil for anything else (a filter's or type's text).
    static func text(_ value: Any?) -> String? {
        value as? String
    }

    /// The string `value` of attribute `field`: nil when absent or null, 400 when it is not a string.
    static func string(_ value: Any?, field: String) throws -> String? {
        guard let value, !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw ScimError(.badRequest, "invalidValue", "\(field) must be a string") }
        return text
    }

    /// The object `value` of attribute `field`: empty when absent or null, 400 when it is not an object.
    static func object(_ value: Any?, field: String) throws -> [String: Any] {
        guard let value, !(value is NSNull) else { return [:] }
        guard let object = value as? [String: Any] else { throw ScimError(.badRequest, "invalidValue", "\(field) must be an object") }
        return object
    }

    /// The entries of multi-valued attribute `field`: none when absent or null, 400 unless a list of objects.
    static func entries(_ value: Any?, field: String) throws -> [[String: Any]] {
        guard let value, !(value is NSNull) else { return [] }
        guard let list = value as? [Any] else { throw ScimError(.badRequest, "invalidValue", "\(field) must be a list") }
        return try list.map { try object($0, field: field) }
    }

    /// A boolean as SCIM clients send it: JSON true/false, or Entra ID's "True"/"False" strings.
    static func flag(_ value: Any?, field: String) throws -> Bool {
        if let text = value as? String {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        } else if let flag = value as? Bool {
            return flag
        }
        throw ScimError(.badRequest, "invalidValue", "\(field) must be true or false")
    }
}
