import Foundation
import NIOConcurrencyHelpers
import VaktbokCore

/// Bearer sessions checked against the store at most once per `freshness` for each token, so that a signed-in
/// request costs a dictionary lookup instead of a database read. A sign-out or a staff change made through this
/// server is forgotten at once; one made elsewhere (the CLI, another server on the same database) takes effect
/// within `freshness`. An expired session is never answered from memory.
final class SessionCache: Sendable {
    /// A session and its staff member as the store last confirmed them, and when.
    private struct Entry {
        let session: SessionRecord
        let staff: StaffRecord
        let checkedAt: Date
    }

    /// The remembered sessions, and how many times they were forgotten: a store answer read before a sign-out or a
    /// staff change is not remembered after it.
    private struct State {
        var entries: [String: Entry] = [:]
        var forgettings = 0
    }

    private let store: any SessionStore
    private let freshness: TimeInterval
    private let capacity: Int
    private let state = NIOLockedValueBox(State())

    /// Sessions of `store`, each confirmed again after `freshness` seconds; at most `capacity` remembered.
    init(store: any SessionStore, freshness: TimeInterval = 1, capacity: Int = 10_000) {
        (self.store, self.freshness, self.capacity) = (store, freshness, capacity)
    }

    /// The live session of `token` and its staff member, if any, from memory when confirmed less than `freshness` ago.
    func authenticate(token: String, now: Date) async throws -> (SessionRecord, StaffRecord)? {
        let (remembered, forgettings) = state.withLockedValue { ($0.entries[token], $0.forgettings) }
        if let entry = remembered, entry.checkedAt <= now, now.timeIntervalSince(entry.checkedAt) < freshness, entry.session.expiresAt > now {
            return (entry.session, entry.staff)
        }
        let found = try await store.authenticate(token: token, now: now)
        state.withLockedValue { state in
            guard let (session, staff) = found, state.forgettings == forgettings else {
                state.entries[token] = nil
                return
            }
            if state.entries.count >= capacity {
                state.entries = state.entries.filter { $0.value.checkedAt <= now && now.timeIntervalSince($0.value.checkedAt) < freshness }
                if state.entries.count >= capacity { state.entries.removeAll() }
            }
            state.entries[token] = Entry(session: session, staff: staff, checkedAt: now)
        }
        return found
    }

    /// Signs `token` out: the store ends its session and this server forgets what it remembered (so that an answer
    /// read just before cannot bring it back); false if it had none.
    func revoke(token: String, now: Date) async throws -> Bool {
        defer { forgetAll() }
        return try await store.revokeSession(token: token, now: now)
    }

    /// Forgets every session, after a change to staff logins (a new password, role or site, a removal) or a
    /// sign-out; an answer the store gave before it is not remembered.
    func forgetAll() {
        state.withLockedValue { state in
            state.entries.removeAll()
            state.forgettings += 1
        }
    }
}
