/// What starting a roll call asks for: the site, real or drill, the assembly point, and whether to text everyone.
public struct NewRollCall: Sendable {
    public let siteID: Int64
    public let kind: RollCallKind
    public let assemblyPoint: Label?
    /// Send one SMS per distinct phone in the snapshot, in the site's language.
    public let notify: Bool
    public let staffID: Int64?

    /// A request with the given fields.
    public init(siteID: Int64, kind: RollCallKind, assemblyPoint: Label?, notify: Bool, staffID: Int64?) {
        (self.siteID, self.kind, self.assemblyPoint, self.notify, self.staffID) = (siteID, kind, assemblyPoint, notify, staffID)
    }
}
