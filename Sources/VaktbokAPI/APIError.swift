import Foundation
import Hummingbird
import VaktbokCore
import VaktbokStore

/// An error answer: status and a JSON body `{"error": {"message": …, "field": …}}`.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let field: String?
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ErrorBody(error: .init(message: message, field: field))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(body)
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The one place where every error the targets throw becomes an HTTP status and message.
    static func from(_ error: any Error) -> APIError? {
        switch error {
        case let error as APIError:
            return error
        case let error as ValidationError:
            return APIError(.badRequest, "\(error.field) \(error.reason)", field: error.field)
        case let StoreError.notFound(entity, field):
            return APIError(.notFound, "no such \(entity)", field: field)
        case let StoreError.duplicate(field):
            return APIError(.conflict, "\(field) is already in use", field: field)
        case let StoreError.conflict(message):
            return APIError(.conflict, message)
        case StoreError.busy:
            return APIError(.serviceUnavailable, "the database is busy; try again in a moment")
        case let StoreError.unavailable(reason):
            return APIError(.serviceUnavailable, "\(reason); nothing was saved, try again when it is fixed")
        case let error as HTTPError:
            return APIError(error.status, error.body ?? error.status.reasonPhrase.lowercased())
        default:
            return nil
        }
    }
}

private struct ErrorBody: Encodable {
    /// The message and the field at fault.
    struct Detail: Encodable {
        let message: String
        let field: String?
    }

    let error: Detail
}

/// Turns every thrown error into a JSON error answer; unknown ones become a logged 500 without details.
struct ErrorMappingMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let mapped = APIError.from(error) {
                return try mapped.response(from: request, context: context)
            }
            context.logger.error("unhandled error", metadata: ["error.type": "\(type(of: error))"])
            return try APIError(.internalServerError, "internal error").response(from: request, context: context)
        }
    }
}
