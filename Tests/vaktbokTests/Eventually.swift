/// Waits (polling) until `condition` holds, failing after `seconds`: for what another process does in its own time.
func eventually(_ seconds: Double, _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while !(try await condition()) {
        guard ContinuousClock.now < deadline else { throw EventuallyError.timedOut }
        try await Task.sleep(for: .milliseconds(50))
    }
}

/// The condition did not hold in time.
enum EventuallyError: Error {
    case timedOut
}
