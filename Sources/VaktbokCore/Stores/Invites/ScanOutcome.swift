/// What one scan at the desk did: the code decides whether it checks in (an invitation) or out (an open visit's badge).
public enum ScanOutcome: Sendable, Equatable {
    /// An invitation for today: the visitor is checked in (`replayed` when its visit existed already).
    case checkedIn(CheckIn)
    /// An open visit's badge: the visitor is checked out.
    case checkedOut(VisitDetails)
    /// An invitation scanned again within `ScanOutcome.repeatWindow` of its arrival: nothing changed.
    case alreadyIn(VisitDetails)

    /// A second scan this soon (10 minutes) after an invited arrival is the phone held to the scanner again (twice in a
    /// row, or after a tap on the expected list), not a check-out; who leaves sooner is checked out from the on-site list.
    public static let repeatWindow: Double = 600
}
