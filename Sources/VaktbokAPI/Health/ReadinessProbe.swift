import Foundation
import VaktbokCore

/// Answers `/readyz` from one store check every few seconds, however many probes arrive: the check takes the
/// database's write lock, and a flood of unauthenticated probes must not hold it away from check-ins or the purge.
actor ReadinessProbe {
    /// How long one answer is reused.
    static let reuse: TimeInterval = 5
    private let store: any ReportStore
    private var last: (at: Date, problem: String?)?
    private var running: Task<String?, Never>?

    init(store: any ReportStore) {
        self.store = store
    }

    /// Why the store cannot serve at `now`, or nil when it can.
    func problem(now: Date) async -> String? {
        if let last, now.timeIntervalSince(last.at) < Self.reuse, now >= last.at { return last.problem }
        if let running { return await running.value }
        let task = Task { [store] () -> String? in
            do {
                try await store.checkReady()
                return nil
            } catch let error as StoreError {
                return error.message
            } catch {
                return "the database cannot be checked"
            }
        }
        running = task
        let problem = await task.value
        last = (now, problem)
        running = nil
        return problem
    }
}
