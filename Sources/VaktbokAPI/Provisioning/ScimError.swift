import Foundation
import Hummingbird

/// An error answer in SCIM's own format (RFC 7644 §3.12): `{"schemas": [Error], "status": "400", "scimType": …,
/// "detail": …}`, as `application/scim+json`. Details never echo a value sent.
struct ScimError: HTTPResponseError {
    let status: HTTPResponse.Status
    /// RFC 7644's error keyword (`invalidValue`, `invalidFilter`, `invalidPath`, `uniqueness`, …), if one applies.
    let scimType: String?
    let detail: String

    init(_ status: HTTPResponse.Status, _ scimType: String?, _ detail: String) {
        self.status = status
        self.scimType = scimType
        self.detail = detail
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var body: [String: Any] = ["schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": String(status.code), "detail": detail]
        if let scimType { body["scimType"] = scimType }
        return try ScimJSON.response(body, status: status)
    }

    /// The SCIM form of any error the routes throw: the API's own mapping (gates, store errors) with SCIM's keyword
    /// for invalid values and taken user names; nil for an unexpected error.
    static func from(_ error: any Error) -> ScimError? {
        if let error = error as? ScimError { return error }
        guard let mapped = APIError.from(error) else { return nil }
        let keyword: String? =
            switch mapped.status {
            case .badRequest: "invalidValue"
            case .conflict: "uniqueness"
            default: nil
            }
        return ScimError(mapped.status, keyword, mapped.message)
    }
}
