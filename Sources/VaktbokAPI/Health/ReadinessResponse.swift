import Hummingbird

/// `GET /readyz`: the store can serve.
struct ReadinessResponse: ResponseCodable {
    let status: String
}
