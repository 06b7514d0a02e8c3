import Foundation

/// How many failed sign-ins lock what, within one window: a username from one client, one client across all
/// usernames, and a username from all clients together (a ceiling above what one client can reach, so that a
/// stranger cannot lock a colleague out of the desk from a single machine).
public struct LoginThrottlePolicy: Sendable {
    /// Failures of one username from one client.
    public var perUserAndClient = 5
    /// Failures from one client, whatever the usernames.
    public var perClient = 20
    /// Failures of one username from every client together.
    public var perUser = 100
    /// The window the failures are counted in; a lock lifts when its oldest failure leaves it.
    public var window: TimeInterval = 15 * 60

    /// The default policy.
    public init() {}
}
