import Foundation

/// Staff sign-in: the login throttle, bearer sessions and the staff they belong to.
public protocol SessionStore: Sendable {
    /// Counts a sign-in attempt before its password is checked, or refuses it when failures reached a limit.
    func beginLogin(username: String, client: String, policy: LoginThrottlePolicy, now: Date) async throws -> Result<LoginAttempt, LoginLocked>
    /// Forgets the attempt's failures after the password was right.
    func loginSucceeded(_ attempt: LoginAttempt) async throws
    /// The staff login named `username`, if any.
    func staff(username: String) async throws -> StaffRecord?
    /// Stores a new session for a bearer token (only its hash is kept), at kiosk terminal `terminal` if one was named.
    func createSession(staffID: Int64, token: String, now: Date, lifetime: TimeInterval, terminal: Label?) async throws -> SessionRecord
    /// The live session of a bearer token and its staff, if any.
    func authenticate(token: String, now: Date) async throws -> (SessionRecord, StaffRecord)?
    /// Ends a session; false if the token had no live session.
    func revokeSession(token: String, now: Date) async throws -> Bool
}
