/// A walk-in to register, with what keeps it from being registered twice: the client's idempotency key, a refusal
/// when the same name and phone are on site already unless the desk confirms a second visit, and one when the phone is
/// invited today unless the desk registers a separate visit.
public struct NewVisit: Sendable {
    public let siteID: Int64
    public let hostID: Int64
    public let name: PersonName
    public let phone: PhoneNumber
    public let badgeCode: BadgeCode
    public let staffID: Int64?
    public let privacyNoticeVersion: String?
    /// The client's `Idempotency-Key` (already checked); a repeat of the same request answers with the same visit.
    public let idempotencyKey: String?
    /// Register even when the same name and phone are on site already.
    public let allowDuplicate: Bool
    /// Register as a walk-in even when the phone has an invite for today at the site.
    public let ignoreInvite: Bool

    /// Creates the value from its parts.
    public init(
        siteID: Int64, hostID: Int64, name: PersonName, phone: PhoneNumber, badgeCode: BadgeCode, staffID: Int64?,
        privacyNoticeVersion: String? = nil, idempotencyKey: String? = nil, allowDuplicate: Bool = true, ignoreInvite: Bool = true
    ) {
        self.siteID = siteID
        self.hostID = hostID
        self.name = name
        self.phone = phone
        self.badgeCode = badgeCode
        self.staffID = staffID
        self.privacyNoticeVersion = privacyNoticeVersion
        self.idempotencyKey = idempotencyKey
        self.allowDuplicate = allowDuplicate
        self.ignoreInvite = ignoreInvite
    }
}
