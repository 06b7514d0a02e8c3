import Foundation
import Hummingbird
import VaktbokCore
import VaktbokStore

/// `GET /healthz` answer.
struct HealthResponse: ResponseEncodable {
    let status: String
    let database: StorageSettings
}
