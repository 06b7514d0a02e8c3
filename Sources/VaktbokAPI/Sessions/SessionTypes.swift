import Foundation
import Hummingbird
import VaktbokCore

/// `POST /api/v1/session` body.
struct LoginRequest: Decodable {
    let username: String
    let password: String
    /// The kiosk terminal's name (e.g. `Skranke 1`), which decides where badges print; none prints from the browser.
    let terminal: String?
}

/// A new session's bearer token and what it allows.
struct LoginResponse: ResponseCodable {
    let token: String
    let role: Role
    let expiresAt: Date
    /// The site code the staff member is bound to, if any.
    let site: String?
}
