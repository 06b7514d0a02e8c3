import Foundation

/// What a store operation can fail with, beyond invalid input (`ValidationError`).
public enum StoreError: Error, Equatable, Sendable {
    /// No `entity` with that key; `field` names the input that pointed at it.
    case notFound(entity: String, field: String?)
    /// The value of `field` is already taken, e.g. a site code or username.
    case duplicate(field: String)
    /// The operation clashes with the record's state, e.g. a visit already checked out.
    case conflict(String)
    /// The clock reads earlier than `newest`, a time already stored: a purge would apply the wrong cutoffs.
    case clockBehind(newest: Date)
    /// Another connection held the database longer than the busy timeout; try again later.
    case busy
    /// The database cannot take writes now (disk full, I/O error); the reason holds no personal data.
    case unavailable(String)
    /// The database does not run with the privacy pragmas it must have.
    case insecureStorage(String)
    /// The database has migrations this binary does not know: a newer Vaktbok upgraded it.
    case schemaTooNew(unknown: [String])
    /// The database's schema is behind this binary: an upgrade is due before it can serve.
    case schemaBehind(pending: [String])
    /// The same name and phone are on site already, in visit `existing`; the desk decides.
    case duplicateVisit(existing: Int64)
    /// A walk-in's phone matches invite `invite`, expected today at the site; the desk checks that in instead, or confirms.
    case invitedVisitor(invite: Int64)
    /// An invitation was used on another day than its own, `date`; `today` is the site's date now.
    case notToday(date: String, today: String)
    /// An idempotency key came again with a different request.
    case idempotencyKeyReused
}

extension StoreError {
    /// What to tell the person at the API or the CLI, free of personal data: the one wording both use.
    public var message: String {
        switch self {
        case let .notFound(entity, _): "no such \(entity)"
        case let .duplicate(field): "\(field) is already in use"
        case let .conflict(message): message
        case let .clockBehind(newest): "the clock is behind a stored time (\(newest.ISO8601Format())); check the clock"
        case .busy: "the database is busy; try again in a moment"
        case let .unavailable(reason): "\(reason); nothing was saved, try again when it is fixed"
        case let .insecureStorage(reason): "the database does not run with secure deletion (\(reason)); refusing to use it"
        case let .schemaTooNew(unknown):
            "the database was upgraded by a newer Vaktbok (\(unknown.joined(separator: ", "))); run that version or restore a backup"
        case let .schemaBehind(pending): "the database needs migrations \(pending.joined(separator: ", ")); run `vaktbok migrate`"
        case let .duplicateVisit(existing):
            "this visitor (same name and phone) is on site already in visit \(existing); check that visit out, or confirm a second visit"
        case let .invitedVisitor(invite):
            "this phone number is expected today with invite \(invite); check that invite in, or confirm a separate visit"
        case let .notToday(date, today): "the invitation is for \(date), not today (\(today))"
        case .idempotencyKeyReused: "this Idempotency-Key was used for a different request; use a new key for a new visit"
        }
    }
}
