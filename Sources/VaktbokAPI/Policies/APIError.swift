import Foundation
import Hummingbird
import VaktbokCore

/// An error answer: status and a JSON body `{"error": {"message": …, "field": …}}`, with `visitId` when the error
/// concerns another visit (a visitor on site already) and `inviteId` when it concerns an invite.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let field: String?
    var visitID: Int64?
    /// The invite the error concerns (a walk-in who is expected).
    var inviteID: Int64?
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ErrorBody(error: .init(message: message, field: field, visitId: visitID, inviteId: inviteID))
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
        case let error as StoreError:
            switch error {
            case let .notFound(_, field): return APIError(.notFound, error.message, field: field)
            case let .duplicate(field): return APIError(.conflict, error.message, field: field)
            case .conflict: return APIError(.conflict, error.message)
            case .notToday: return APIError(.conflict, error.message, field: "date")
            case .busy, .unavailable: return APIError(.serviceUnavailable, error.message)
            case let .duplicateVisit(existing):
                var answer = APIError(.conflict, error.message, field: "duplicate")
                answer.visitID = existing
                return answer
            case let .invitedVisitor(invite):
                var answer = APIError(.conflict, error.message, field: "invite")
                answer.inviteID = invite
                return answer
            case .idempotencyKeyReused: return APIError(.unprocessableContent, error.message, field: "Idempotency-Key")
            case .clockBehind, .insecureStorage, .schemaTooNew, .schemaBehind: return nil
            }
        case let error as HTTPError:
            return APIError(error.status, error.body ?? error.status.reasonPhrase.lowercased())
        default:
            return nil
        }
    }
}

struct ErrorBody: Codable {
    /// The message and the field at fault.
    struct Detail: Codable {
        let message: String
        let field: String?
        /// The visit the error concerns, when there is one.
        var visitId: Int64?
        /// The invite the error concerns, when there is one.
        var inviteId: Int64?
    }

    let error: Detail
}
