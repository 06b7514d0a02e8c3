import Foundation

/// One visit (row of `visit`): the visitor's name and phone are its only personal data.
public struct VisitRecord: StoredRecord, Codable, Sendable, Equatable {
    public var id: Int64?
    public var siteId: Int64
    public var hostId: Int64
    public var visitorName: String
    public var visitorPhone: String
    public var badgeCode: String
    public var checkedInAt: Date
    public var checkedOutAt: Date?
    public var checkoutKind: CheckoutKind?
    public var checkedInBy: Int64?
    /// The version of the privacy notice shown to the visitor at check-in.
    public var privacyNoticeVersion: String?
    /// The host's answer through the reply link, and when it came.
    public var hostReply: HostAnswer?
    public var hostRepliedAt: Date?
    /// When the host was reminded that the visitor is still checked in.
    public var hostRemindedAt: Date?
    /// How many SMS the host's answers have sent the visitor (at most `HostAnswer.maxVisitorMessages`).
    public var visitorToldCount: Int

    /// Creates the value from its parts.
    public init(
        id: Int64? = nil, siteId: Int64, hostId: Int64, visitorName: String, visitorPhone: String, badgeCode: String, checkedInAt: Date,
        checkedOutAt: Date? = nil, checkoutKind: CheckoutKind? = nil, checkedInBy: Int64? = nil, privacyNoticeVersion: String? = nil,
        hostReply: HostAnswer? = nil, hostRepliedAt: Date? = nil, hostRemindedAt: Date? = nil,
        visitorToldCount: Int = 0
    ) {
        self.id = id
        self.siteId = siteId
        self.hostId = hostId
        self.visitorName = visitorName
        self.visitorPhone = visitorPhone
        self.badgeCode = badgeCode
        self.checkedInAt = checkedInAt
        self.checkedOutAt = checkedOutAt
        self.checkoutKind = checkoutKind
        self.checkedInBy = checkedInBy
        self.privacyNoticeVersion = privacyNoticeVersion
        self.hostReply = hostReply
        self.hostRepliedAt = hostRepliedAt
        self.hostRemindedAt = hostRemindedAt
        self.visitorToldCount = visitorToldCount
    }
}
