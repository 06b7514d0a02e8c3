import VaktbokCore

/// A demo login to create or reset.
public struct DemoLogin: Sendable {
    public let username: String
    public let role: Role
    public let passwordHash: String
    public let boundToSite: Bool

    /// A login `username` with `role`, bound to the demo site when `boundToSite`.
    public init(username: String, role: Role, passwordHash: String, boundToSite: Bool) {
        self.username = username
        self.role = role
        self.passwordHash = passwordHash
        self.boundToSite = boundToSite
    }
}
