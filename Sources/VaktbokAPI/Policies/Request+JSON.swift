import Foundation
import Hummingbird
import VaktbokCore
import VaktbokSheets

extension Request {
    /// Decodes the JSON body (at most `limit` bytes, 64 KiB by default) as `T`, with a 4xx naming the field
    /// for anything malformed.
    func decodeJSON<T: Decodable>(as type: T.Type, context: AppRequestContext, limit: Int? = nil) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit ?? context.maxUploadSize)
        } catch {
            throw APIError(.contentTooLarge, "the request body is larger than \((limit ?? context.maxUploadSize) / 1024) KiB")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError(.badRequest, "\(key.stringValue) is required", field: key.stringValue)
        } catch let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.fieldName
            throw APIError(.badRequest, "\(field) is required", field: field)
        } catch let DecodingError.typeMismatch(type, context) {
            let field = context.codingPath.fieldName
            throw APIError(.badRequest, "\(field) must be of type \(type)", field: field)
        } catch {
            throw APIError(.badRequest, "the request body is not valid JSON")
        }
    }
}

extension Request {
    /// The body as a list file (school or host list; text, or an Excel workbook read from the sheet named
    /// `sheet`): at most `maxBytes`, else 413 naming `list`.
    func listTable(maxBytes: Int, sheet: String?) async throws -> ListTable {
        let bytes: [UInt8]
        do {
            bytes = Array(buffer: try await body.collect(upTo: maxBytes))
        } catch {
            throw APIError(.contentTooLarge, "the list is larger than \(maxBytes / 1_048_576) MiB; split it into several lists", field: "list")
        }
        return try ListFile.table(bytes, sheet: sheet, maxBytes: maxBytes)
    }
}

extension [any CodingKey] {
    /// The dotted path of the field a decoding error is about.
    var fieldName: String {
        isEmpty ? "body" : map(\.stringValue).joined(separator: ".")
    }
}
