/// The outcome of entering a one-time code.
public enum CodeCheck: Sendable, Equatable {
    /// The request is now verified.
    case verified
    /// Wrong code; this many tries remain.
    case wrong(triesLeft: Int)
    /// Too many wrong codes: verification by SMS is locked for this request.
    case locked
    /// No code was sent, or it is older than 15 minutes.
    case expired
}
