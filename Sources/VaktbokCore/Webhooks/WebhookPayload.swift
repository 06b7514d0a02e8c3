import Foundation

/// The JSON a site's webhook receives for an event; the visitor's name and phone only if the site enabled it.
public struct WebhookPayload: Encodable, Sendable {
    /// The host part of the payload.
    public struct Host: Encodable, Sendable {
        public let id: Int64
        public let name: String
    }

    /// The visitor part, present only when the site shares personal data with its webhook.
    public struct Visitor: Encodable, Sendable {
        public let name: String
        public let phone: String
    }

    /// The event, e.g. `visit.checked_in` (Standard Webhooks' `type`).
    public let type: String
    /// When it happened, UTC, ISO 8601.
    public let timestamp: String
    /// The same as `type`; kept for receivers written before Standard Webhooks, deprecated.
    public let event: String
    /// The same as `timestamp`; deprecated.
    public let at: String
    public let site: String
    public let visitId: Int64?
    public let groupId: Int64?
    public let inviteId: Int64?
    /// The invited visit's local date, `yyyy-MM-dd`.
    public let date: String?
    public let host: Host
    public let visitor: Visitor?
    /// How a checked-out visit ended: `badge`, `manual`, `automatic`, `closing` or `host` (`CheckoutKind`).
    public let checkoutKind: String?
    /// How many group members arrived with this event.
    public let arrived: Int?
    /// The host's answer: `coming`, `soon` or `cannot`.
    public let answer: String?

    /// `event` at `site` for the host, with the fields the event has.
    public init(
        _ event: WebhookEvent, site: String, host: (id: Int64, name: String), at: Date, visitID: Int64? = nil,
        groupID: Int64? = nil, visitor: (name: String, phone: String)? = nil, checkoutKind: CheckoutKind? = nil, arrived: Int? = nil,
        answer: HostAnswer? = nil, inviteID: Int64? = nil, date: String? = nil
    ) {
        type = event.rawValue
        self.event = event.rawValue
        timestamp = at.ISO8601Format()
        self.at = timestamp
        self.site = site
        visitId = visitID
        groupId = groupID
        inviteId = inviteID
        self.date = date
        self.host = Host(id: host.id, name: host.name)
        self.visitor = visitor.map { Visitor(name: $0.name, phone: $0.phone) }
        self.checkoutKind = checkoutKind?.rawValue
        self.arrived = arrived
        self.answer = answer?.rawValue
    }

    /// The payload as compact JSON with sorted keys; absent fields are left out.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
