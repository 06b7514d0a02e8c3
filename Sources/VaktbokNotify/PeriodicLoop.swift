import Logging
import ServiceLifecycle

/// The loop every background service runs (outbox delivery, automatic check-out): the work at once, then every
/// `interval`, until graceful shutdown; a failed pass is logged with its error's type only (never its text, which
/// may hold data) and the loop goes on.
public struct PeriodicLoop: Sendable {
    /// What the log calls a failed pass, e.g. "outbox delivery failed".
    public let failure: Logger.Message
    public let interval: Duration
    public let logger: Logger

    /// A loop every `interval` that logs failed passes as `failure`.
    public init(failure: Logger.Message, interval: Duration, logger: Logger) {
        self.failure = failure
        self.interval = interval
        self.logger = logger
    }

    /// Runs `pass` until graceful shutdown or cancellation. Shutdown interrupts only the wait between passes, never a
    /// pass itself, so a message the gateway accepted is also marked sent before the process exits.
    public func run(_ pass: @escaping @Sendable () async throws -> Void) async {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                try await pass()
            } catch {
                logger.error(failure, metadata: ["error.type": "\(type(of: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
