import Hummingbird

extension Response {
    /// A 200 whose body holds personal data (kept from caches by `SecurityHeadersMiddleware`, like every API answer);
    /// `filename` makes it a download.
    static func personalData(_ body: ByteBuffer, type: String, filename: String? = nil) -> Response {
        personalData(.init(byteBuffer: body), type: type, filename: filename)
    }

    /// The same for a body written while it is sent (chunked).
    static func personalData(_ body: ResponseBody, type: String, filename: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        return Response(status: .ok, headers: headers, body: body)
    }
}
