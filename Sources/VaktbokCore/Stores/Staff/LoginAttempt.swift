/// A sign-in attempt counted before its password was checked: a failure until `succeeded` forgets it.
public struct LoginAttempt: Sendable {
    package let rowID: Int64
    package let usernameHash: String
    package let clientHash: String

    /// Creates the value from its parts.
    package init(rowID: Int64, usernameHash: String, clientHash: String) {
        self.rowID = rowID
        self.usernameHash = usernameHash
        self.clientHash = clientHash
    }
}
