import Foundation

/// Where CUPS is and how the print queue is worked; `serve` fills it, tests shorten the times.
public struct PrintSettings: Sendable {
    /// The CUPS server for printers given as a queue name, `host:port` (the `CUPS_SERVER` environment variable).
    public var cupsServer = "localhost:631"
    /// How often the queue is looked at.
    public var pollInterval: Duration = .milliseconds(500)
    /// How often a sent job's state is asked for.
    public var followInterval: TimeInterval = 1
    /// The longest pause between two attempts to reach a printer.
    public var longestRetryDelay: TimeInterval = 15
    /// After how long a job that has not printed is given up (and cancelled at the printer).
    public var giveUpAfter: TimeInterval = 3_600

    /// The defaults.
    public init() {}
}
