/// Sizes the purge's delete batches so that each write transaction stays within a time budget: the writer is
/// shared with the desk, and a check-in waits for at most one batch.
struct BatchPacer: Sendable {
    /// The time one batch may take.
    let budget: Duration
    /// The most rows in one batch.
    let maximum: Int
    /// Rows to delete in the next batch.
    private(set) var size: Int

    /// The fewest rows in one batch (or `maximum`, if that is less): on a machine so loaded that even these overrun
    /// the budget, batches of one row would each still pay a transaction and a turn at the lock, and the purge would
    /// take hours. 16 visits took 1-2 ms on the build machine while it served check-ins (BENCHMARKS.md).
    let minimum: Int

    /// A pacer that starts at the minimum (a first batch must not overrun the budget on a cold cache) and grows from
    /// there.
    init(budget: Duration, maximum: Int) {
        self.budget = budget
        self.maximum = max(1, maximum)
        minimum = min(16, self.maximum)
        size = minimum
    }

    /// Takes a batch of `rows` that took `took` into account: the next batch is as many rows as fit the budget at
    /// that pace, at most twice the last (one fast batch is no proof) and at least the minimum.
    mutating func record(rows: Int, took: Duration) {
        guard rows > 0 else { return }
        let fitting = took > .zero ? Int(Double(rows) * (budget / took)) : maximum
        size = min(max(fitting, minimum), size * 2, maximum)
    }
}
