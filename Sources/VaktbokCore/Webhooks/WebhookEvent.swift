/// The events a site's webhook receives.
public enum WebhookEvent: String, Sendable, Codable, CaseIterable {
    case visitCheckedIn = "visit.checked_in"
    case visitCheckedOut = "visit.checked_out"
    case visitHostReplied = "visit.host_replied"
    case groupArrived = "group.arrived"
    case inviteCreated = "invite.created"
}
