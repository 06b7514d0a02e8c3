/// What one scan at the desk did: the code decides whether it checks in (an invitation) or out (an open visit's badge).
public enum ScanOutcome: Sendable, Equatable {
    /// An invitation for today: the visitor is checked in (`replayed` when its visit existed already).
    case checkedIn(CheckIn)
    /// An open visit's badge: the visitor is checked out.
    case checkedOut(VisitDetails)
    /// An invitation scanned again within `ScanOutcome.repeatWindow` of its arrival: nothing changed.
    case alreadyIn(VisitDetails)

    /// A second scan this soon after an invited arrival is the same phone held to the scanner twice, not a check-out.
    public static let repeatWindow: Double = 60
}
