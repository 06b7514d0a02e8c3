/// What a store operation can fail with, beyond invalid input (`ValidationError`).
public enum StoreError: Error, Equatable, Sendable {
    /// No `entity` with that key; `field` names the input that pointed at it.
    case notFound(entity: String, field: String?)
    /// The value of `field` is already taken, e.g. a site code or username.
    case duplicate(field: String)
    /// The operation clashes with the record's state, e.g. a visit already checked out.
    case conflict(String)
    /// The database does not run with the privacy pragmas it must have.
    case insecureStorage(String)
}
