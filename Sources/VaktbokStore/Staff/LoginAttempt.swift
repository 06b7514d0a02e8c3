/// A sign-in attempt counted before its password was checked: a failure until `succeeded` forgets it.
public struct LoginAttempt: Sendable {
    let rowID: Int64
    let usernameHash: String
    let clientHash: String
}
