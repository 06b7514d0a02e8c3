import Foundation
import Hummingbird
import VaktbokCore

/// `GET /healthz` answer.
struct HealthResponse: ResponseCodable {
    let status: String
    let database: StorageSettings
}
