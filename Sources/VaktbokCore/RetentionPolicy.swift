import Foundation

/// How long a site keeps its visits, and the cutoffs that follow in the site's local days.
public struct RetentionPolicy: Sendable, Equatable {
    /// Visits are kept this many whole local days after their check-out day; 10 for contact tracing.
    public let visitDays: Int

    /// The defaults: visits kept 10 days, the contact-tracing window.
    public static let standard = RetentionPolicy(trusted: 10)

    /// The allowed range for `visitDays`.
    public static let visitDayRange = 1...365

    /// A policy keeping visits `visitDays` days; outside 1–365 is invalid input for `field`.
    public init(visitDays: Int = 10, field: String = "visitDays") throws(ValidationError) {
        guard Self.visitDayRange.contains(visitDays) else {
            throw ValidationError(field: field, reason: "must be between 1 and 365 days")
        }
        self.visitDays = visitDays
    }

    private init(trusted visitDays: Int) {
        self.visitDays = visitDays
    }

    /// Visits whose local check-out day starts before this instant are due for deletion at `now`:
    /// the start of the local day `visitDays` days before today.
    public func visitCutoff(now: Date, in timeZone: TimeZone) -> Date {
        LocalDay(timeZone: timeZone).start(daysBefore: visitDays, now)
    }

    /// A visit older than this at `now` breaks the promise: the rule plus one day of grace for a late run.
    public func visitOverdueLine(now: Date, in timeZone: TimeZone) -> Date {
        LocalDay(timeZone: timeZone).start(daysBefore: visitDays + 1, now)
    }
}
