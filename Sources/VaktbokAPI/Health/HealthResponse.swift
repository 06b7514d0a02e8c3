import Foundation
import Hummingbird
import VaktbokCore

/// `GET /healthz` answer.
struct HealthResponse: ResponseEncodable {
    let status: String
    let database: StorageSettings
}
